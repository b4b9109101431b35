using Functions.ObjectStorage.Configuration;
using Functions.Scf.Configuration;
using Microsoft.Extensions.Configuration;

namespace Functions.ObjectStorage.Tests.Configuration;

[TestClass]
public sealed class ObjectStoreSettingsTests
{
    [TestMethod]
    public void Read_S3WithEndpoint_DefaultsToPathStyleAndUsEast1()
    {
        var (options, problems) = Read(new()
        {
            ["BACKUP_REPOSITORY"] = "s3://superinsight-backup/nightly",
            ["S3_ENDPOINT"] = "http://127.0.0.1:54569",
            ["S3_ACCESS_KEY_ID"] = "S3RVER",
            ["S3_SECRET_ACCESS_KEY"] = "very-secret",
            ["S3_SESSION_TOKEN"] = "tok",
        });

        Assert.IsEmpty(problems);
        Assert.AreEqual("us-east-1", options!.Region);
        Assert.IsTrue(options.ForcePathStyle);
        Assert.AreEqual(new Uri("http://127.0.0.1:54569"), options.Endpoint);
        Assert.AreEqual(new S3Credentials("S3RVER", "very-secret", "tok"), options.S3Credentials);
        Assert.DoesNotContain("very-secret", options.S3Credentials!.ToString());
    }

    [TestMethod]
    public void Read_S3WithoutEndpoint_IsVirtualHostedUnlessForced()
    {
        var environment = new Dictionary<string, string?>
        {
            ["R"] = "s3://bucket/p", ["S3_ACCESS_KEY_ID"] = "a", ["S3_SECRET_ACCESS_KEY"] = "b", ["S3_REGION"] = "eu-central-1",
        };

        Assert.IsFalse(Read(environment, "R").Options!.ForcePathStyle);
        environment["S3_FORCE_PATH_STYLE"] = "true";
        Assert.IsTrue(Read(environment, "R").Options!.ForcePathStyle);
        Assert.AreEqual("eu-central-1", Read(environment, "R").Options!.Region);
    }

    [TestMethod]
    public void Read_CosRegionFromTencentCloudRegion_WithTheCredentialsChain()
    {
        var (options, problems) = Read(new() { ["BACKUP_REPOSITORY"] = "cos://b-1250000000/x", ["TENCENTCLOUD_REGION"] = "ap-guangzhou" });

        Assert.IsEmpty(problems);
        Assert.AreEqual("ap-guangzhou", options!.Region);
        Assert.IsFalse(options.ForcePathStyle);
        Assert.IsNotNull(options.CosCredentials);
    }

    [TestMethod]
    public void Read_Cos_TakesKeysFromTheFunctionsConfigurationNotOnlyTheProcess()
    {
        var (options, _) = Read(new()
        {
            ["BACKUP_REPOSITORY"] = "cos://b-1250000000/x",
            ["COS_REGION"] = "ap-shanghai",
            ["TENCENTCLOUD_SECRETID"] = "AKIDfromconfig",
            ["TENCENTCLOUD_SECRETKEY"] = "key-from-config",
        });

        var credentials = options!.CosCredentials!.TryGetCredentials()!;

        Assert.AreEqual("AKIDfromconfig", credentials.SecretId);
        Assert.AreEqual("ap-shanghai", options.Region);
    }

    [TestMethod]
    public void Read_Problems_NameTheirVariables()
    {
        Assert.Contains(
            "BACKUP_REPOSITORY must be cos://<bucket-appid>/<prefix> or s3://<bucket>/<prefix>; got a 'file://' URL.",
            Read(new() { ["BACKUP_REPOSITORY"] = "file:///tmp" }).Problems);
        Assert.Contains(
            "COS_REGION (or TENCENTCLOUD_REGION) is required for the cos:// repository in BACKUP_REPOSITORY.",
            Read(new() { ["BACKUP_REPOSITORY"] = "cos://b-1250000000/x" }).Problems);
        var s3 = Read(new() { ["BACKUP_REPOSITORY"] = "s3://bucket/x", ["S3_FORCE_PATH_STYLE"] = "maybe", ["S3_ENDPOINT"] = "ftp://x" }).Problems;
        Assert.Contains(p => p.StartsWith("S3_ACCESS_KEY_ID is required", StringComparison.Ordinal), s3);
        Assert.Contains(p => p.StartsWith("S3_SECRET_ACCESS_KEY is required", StringComparison.Ordinal), s3);
        Assert.Contains("S3_FORCE_PATH_STYLE must be true or false, not 'maybe'.", s3);
        Assert.Contains(p => p.StartsWith("S3_ENDPOINT must be a http:// or https:// URL", StringComparison.Ordinal), s3);
        Assert.Contains(p => p.StartsWith("BACKUP_REPOSITORY is required", StringComparison.Ordinal), Read(new()).Problems);
    }

    private static (ObjectStoreOptions? Options, IReadOnlyList<string> Problems) Read(Dictionary<string, string?> environment, string variable = "BACKUP_REPOSITORY")
    {
        var settings = new SettingsReader(new ConfigurationBuilder().AddInMemoryCollection(environment).Build());
        var options = ObjectStoreSettings.Read(settings, variable, required: true);
        return (options, settings.Problems);
    }
}
