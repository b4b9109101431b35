using Functions.ObjectStorage.Configuration;

namespace Functions.ObjectStorage.Tests.Configuration;

[TestClass]
public sealed class ObjectStoreLocationTests
{
    [TestMethod]
    public void Parse_Cos_ReadsBucketAndPrefix()
    {
        var location = ObjectStoreLocation.Parse("cos://backups-1250000000/superinsight/prod/");

        Assert.AreEqual(new ObjectStoreLocation(ObjectStoreKind.Cos, "backups-1250000000", "superinsight/prod/"), location);
        Assert.AreEqual("superinsight/prod/2026/manifest.json", location.Key("2026/manifest.json"));
        Assert.AreEqual("cos://backups-1250000000/superinsight/prod/", location.ToString());
    }

    [TestMethod]
    public void Parse_S3WithoutPrefix_HasAnEmptyPrefix()
    {
        var location = ObjectStoreLocation.Parse("s3://superinsight-backup");

        Assert.AreEqual(new ObjectStoreLocation(ObjectStoreKind.S3, "superinsight-backup", ""), location);
        Assert.AreEqual("a", location.Key("/a"));
    }

    [TestMethod]
    [DataRow("file:///var/backups", "must be cos://<bucket-appid>/<prefix> or s3://<bucket>/<prefix>; got a 'file://' URL")]
    [DataRow("backups", "got no URL scheme")]
    [DataRow("cos://backups/prefix", "must name a COS bucket as <name>-<appid>")]
    [DataRow("cos://Backups-125/prefix", "must name a COS bucket as <name>-<appid>")]
    [DataRow("s3://ab/prefix", "must name an S3 bucket of 3 to 63")]
    [DataRow("s3://Bucket_1/prefix", "must name an S3 bucket of 3 to 63")]
    [DataRow("s3://key:secret@bucket/prefix", "without credentials, query or fragment")]
    [DataRow("s3://bucket/a/../b", "'..' segment")]
    public void Parse_Invalid_SaysWhatIsExpected(string value, string message)
    {
        var error = Assert.ThrowsExactly<FormatException>(() => ObjectStoreLocation.Parse(value));

        Assert.Contains(message, error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }
}
