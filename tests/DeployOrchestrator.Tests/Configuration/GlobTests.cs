using Functions.DeployOrchestrator.Configuration;

namespace Functions.DeployOrchestrator.Tests.Configuration;

[TestClass]
public sealed class GlobTests
{
    [TestMethod]
    [DataRow("superinsight/*", "superinsight/api", true)]
    [DataRow("superinsight/*", "superinsight/team/api", false)]
    [DataRow("superinsight/**", "superinsight/team/api", true)]
    [DataRow("**/api", "a/b/c/api", true)]
    [DataRow("v*", "v1.2.3", true)]
    [DataRow("v*", "latest", false)]
    [DataRow("v?.?", "v1.2", true)]
    [DataRow("v?.?", "v10.2", false)]
    [DataRow("{v,release-}*", "release-7", true)]
    [DataRow("{v,release-}*", "rc-7", false)]
    [DataRow("si/{api,worker}", "si/worker", true)]
    [DataRow("si/{api,worker}", "si/apix", false)]
    [DataRow("v1.0", "v1x0", false)]
    [DataRow("a+b", "a+b", true)]
    public void IsMatch_Patterns_MatchesWholeText(string pattern, string text, bool expected)
    {
        Assert.IsTrue(Glob.TryCompile(pattern, out var glob, out _));

        Assert.AreEqual(expected, glob!.IsMatch(text));
    }

    [TestMethod]
    [DataRow("{a,{b}}")]
    [DataRow("a}")]
    [DataRow("{a")]
    [DataRow("")]
    public void TryCompile_Malformed_SaysWhy(string pattern)
    {
        Assert.IsFalse(Glob.TryCompile(pattern, out _, out var problem));
        Assert.IsNotNull(problem);
    }
}
