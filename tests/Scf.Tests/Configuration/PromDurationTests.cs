using Functions.Scf.Configuration;

namespace Functions.Scf.Tests.Configuration;

[TestClass]
public sealed class PromDurationTests
{
    [TestMethod]
    [DataRow("30s", 30)]
    [DataRow("5m", 300)]
    [DataRow("4h", 14400)]
    [DataRow("1h30m", 5400)]
    [DataRow("1d", 86400)]
    [DataRow("1w", 604800)]
    [DataRow("0s", 0)]
    [DataRow("0", 0)]
    public void Parse_PrometheusForms_GiveTheirLength(string text, int seconds)
    {
        Assert.AreEqual(TimeSpan.FromSeconds(seconds), PromDuration.Parse(text));
    }

    [TestMethod]
    public void Parse_Milliseconds_AreNotMinutes()
    {
        Assert.AreEqual(TimeSpan.FromMilliseconds(1500), PromDuration.Parse("1s500ms"));
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("30")]
    [DataRow("s")]
    [DataRow("30 s")]
    [DataRow("5m1h")]
    [DataRow("1h1h")]
    [DataRow("-5m")]
    [DataRow("1.5h")]
    [DataRow("2x")]
    [DataRow("99999999999999999y")]
    public void Parse_Malformed_Throws(string text)
    {
        Assert.ThrowsExactly<FormatException>(() => PromDuration.Parse(text));
    }

    [TestMethod]
    [DataRow("1h30m")]
    [DataRow("30s")]
    [DataRow("6h")]
    [DataRow("2d3h")]
    public void Format_RoundTrips(string text)
    {
        Assert.AreEqual(text, PromDuration.Format(PromDuration.Parse(text)));
    }
}
