using Functions.AlertHandler.Routing;

namespace Functions.AlertHandler.Tests.Routing;

[TestClass]
public sealed class MatcherTests
{
    [TestMethod]
    [DataRow("severity=\"critical\"", "critical", true)]
    [DataRow("severity=\"critical\"", "warning", false)]
    [DataRow("severity!=\"critical\"", "warning", true)]
    [DataRow("severity!=\"critical\"", "critical", false)]
    [DataRow("metric=~\"cpu.*|mem.*\"", "cpu_util", true)]
    [DataRow("metric=~\"cpu.*|mem.*\"", "mem_used", true)]
    [DataRow("metric=~\"cpu.*|mem.*\"", "gpu_cpu", false)]
    [DataRow("metric!~\"cpu.*\"", "gpu_cpu", true)]
    [DataRow("metric!~\"cpu.*\"", "cpu", false)]
    [DataRow("metric=~\"cpu\"", "cpu_util", false)]
    [DataRow("severity = critical", "critical", true)]
    public void Matches_EachOperator_ComparesTheWholeValue(string text, string value, bool expected)
    {
        var matcher = Matcher.Parse(text);

        Assert.AreEqual(expected, matcher.Matches(value));
    }

    [TestMethod]
    public void Matches_MissingLabel_IsTheEmptyString()
    {
        var labels = new Dictionary<string, string> { ["alertname"] = "x" };

        Assert.IsTrue(Matcher.Parse("severity=\"\"").Matches(labels));
        Assert.IsTrue(Matcher.Parse("severity!=\"critical\"").Matches(labels));
        Assert.IsFalse(Matcher.Parse("severity=~\".+\"").Matches(labels));
        Assert.IsTrue(Matcher.Parse("severity=~\".*\"").Matches(labels));
    }

    [TestMethod]
    public void Parse_EscapedQuotesAndRegexEscapes_KeepsTheValue()
    {
        var quoted = Matcher.Parse("summary=\"say \\\"hi\\\"\"");
        var regex = Matcher.Parse("code=~\"5\\d\\d\"");

        Assert.AreEqual("say \"hi\"", quoted.Value);
        Assert.IsTrue(regex.Matches("503"));
        Assert.IsFalse(regex.Matches("5xx"));
        Assert.AreEqual(quoted.Value, Matcher.Parse(quoted.ToString()).Value);
        Assert.AreEqual(regex.Value, Matcher.Parse(regex.ToString()).Value);
    }

    [TestMethod]
    [DataRow("severity", "is not a matcher")]
    [DataRow("severity~\"x\"", "is not a matcher")]
    [DataRow("=\"x\"", "not a matcher")]
    [DataRow("sev-erity=\"x\"", "not a label name")]
    [DataRow("metric=~\"(cpu\"", "invalid regular expression")]
    [DataRow("severity=\"critical", "unterminated")]
    [DataRow("severity=\"a\"b\"", "unescaped quote")]
    public void Parse_Malformed_SaysWhy(string text, string expected)
    {
        var e = Assert.ThrowsExactly<FormatException>(() => Matcher.Parse(text));

        Assert.Contains(expected, e.Message);
    }

    [TestMethod]
    public void ParseMatchers_SecondMalformed_NamesItsPath()
    {
        var e = Assert.ThrowsExactly<FormatException>(() => Matchers.Parse(["a=\"1\"", "b=~\"(\""], "route.routes[0].matchers"));

        Assert.StartsWith("route.routes[0].matchers[1]: ", e.Message);
    }

    [TestMethod]
    public void MatchersMatches_AllMustMatch_AndNoneMatchesEverything()
    {
        var matchers = Matchers.Parse(["severity=\"critical\"", "metric=~\"cpu.*\""], "m");

        Assert.IsTrue(matchers.Matches(new Dictionary<string, string> { ["severity"] = "critical", ["metric"] = "cpu" }));
        Assert.IsFalse(matchers.Matches(new Dictionary<string, string> { ["severity"] = "critical", ["metric"] = "mem" }));
        Assert.IsTrue(Matchers.Empty.Matches(new Dictionary<string, string>()));
        Assert.AreEqual("{severity=\"critical\", metric=~\"cpu.*\"}", matchers.ToString());
    }
}
