using Functions.State.Redis;

namespace Functions.State.Tests.Redis;

[TestClass]
public sealed class RedisUrlTests
{
    [TestMethod]
    [DataRow("redis://cache:6380/2", null, null, 2, false)]
    [DataRow("redis://:pw%21@cache:6380", null, "pw!", null, false)]
    [DataRow("rediss://default:pw@cache:6380/0", "default", "pw", 0, true)]
    [DataRow("redis://cache", null, null, null, false)]
    public void Parse_Url_MapsUserPasswordDatabaseAndTls(string url, string? user, string? password, int? database, bool tls)
    {
        var options = RedisUrl.Parse(url);

        Assert.AreEqual(user, options.User);
        Assert.AreEqual(password, options.Password);
        Assert.AreEqual(database, options.DefaultDatabase);
        Assert.AreEqual(tls, options.Ssl);
        Assert.IsFalse(options.AbortOnConnectFail);
    }

    [TestMethod]
    public void Describe_ShowsEndpointAndDatabaseOnly()
    {
        var text = RedisUrl.Describe(RedisUrl.Parse("redis://default:hunter2@cache:6380/3"));

        Assert.AreEqual("cache:6380/3", text);
    }

    [TestMethod]
    [DataRow("http://cache:6379", "redis://")]
    [DataRow("redis://cache:6379/zero", "not a number")]
    public void Parse_Invalid_SaysWhy(string value, string expected)
    {
        var error = Assert.ThrowsExactly<FormatException>(() => RedisUrl.Parse(value));

        Assert.Contains(expected, error.Message);
    }
}
