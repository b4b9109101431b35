using Functions.State.Postgres;
using Npgsql;

namespace Functions.State.Tests.Postgres;

[TestClass]
public sealed class PostgresUrlTests
{
    [TestMethod]
    public void Parse_Url_MapsEveryPart()
    {
        var builder = PostgresUrl.Parse("postgresql://app%40corp:p%3Ass%2Fw@db.internal:6543/super%20insight?sslmode=verify-full&application_name=ops");

        Assert.AreEqual("db.internal", builder.Host);
        Assert.AreEqual(6543, builder.Port);
        Assert.AreEqual("super insight", builder.Database);
        Assert.AreEqual("app@corp", builder.Username);
        Assert.AreEqual("p:ss/w", builder.Password);
        Assert.AreEqual(SslMode.VerifyFull, builder.SslMode);
        Assert.AreEqual("ops", builder.ApplicationName);
        Assert.AreEqual("db.internal:6543/super insight", PostgresUrl.Describe(builder));
    }

    [TestMethod]
    public void Parse_UrlWithoutPort_Uses5432()
    {
        Assert.AreEqual(5432, PostgresUrl.Parse("postgres://u:p@h/db").Port);
    }

    [TestMethod]
    public void Parse_KeyValueConnectionString_IsAcceptedAsIs()
    {
        var builder = PostgresUrl.Parse("Host=h;Port=5433;Database=d;Username=u;Password=p");

        Assert.AreEqual("h", builder.Host);
        Assert.AreEqual(5433, builder.Port);
    }

    [TestMethod]
    [DataRow("mysql://u:secretpw@h/db", "postgres://")]
    [DataRow("postgres://u:secretpw@h/db?pool=9", "unsupported parameter 'pool'")]
    [DataRow("postgres://u:secretpw@h/db?sslmode=sometimes", "unknown sslmode")]
    [DataRow("Hots=h;Pasword=secretpw", "not a valid connection string")]
    public void Parse_Invalid_SaysWhyWithoutThePassword(string value, string expected)
    {
        var error = Assert.ThrowsExactly<FormatException>(() => PostgresUrl.Parse(value));

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain("secretpw", error.Message);
    }
}
