using Functions.DeployOrchestrator.Configuration;
using Functions.DeployOrchestrator.Domain;
using Functions.TestSupport;

namespace Functions.DeployOrchestrator.Tests.Configuration;

/// <summary>samples/config/deploy.json, the configuration the deployment starts from.</summary>
[TestClass]
public sealed class SampleDeployConfigTests
{
    private static readonly DeployConfig Config = DeployConfigParser.Parse(File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "samples", "config", "deploy.json")));

    [TestMethod]
    public void Parse_Sample_CanaryAndBlueGreen()
    {
        Assert.AreSequenceEqual(new[] { "superinsight", "superinsight-worker" }, Config.Services.Select(s => s.Name).ToArray());
        var api = Config.Services[0];
        Assert.AreSequenceEqual(new[] { 10, 50, 100 }, api.Steps.OfType<SetWeightStep>().Select(s => s.Percent).ToArray());
        Assert.AreEqual(NoDataPolicy.Inconclusive, api.Analyses["errors"].Metrics[0].NoData);
        Assert.AreEqual(NoDataPolicy.Fail, api.Analyses["errors"].Metrics[1].NoData);
        Assert.AreEqual(StrategyKind.BlueGreen, Config.Services[1].Strategy);
        Assert.AreEqual(new PauseStep(TimeSpan.FromMinutes(10)), Config.Services[1].Steps[2]);
        Assert.AreSequenceEqual(new[] { NotifyReceiverKind.WeCom, NotifyReceiverKind.Webhook }, Config.Receivers.Select(r => r.Kind).ToArray());
    }

    [TestMethod]
    [DataRow("superinsight/api", "v2.4.0", "superinsight")]
    [DataRow("superinsight/api", "release-2026.03", "superinsight")]
    [DataRow("superinsight/jobs/worker", "v3", "superinsight-worker")]
    public void Match_Push_FindsTheService(string repository, string tag, string expected)
    {
        var route = Config.Match(repository, tag);

        Assert.IsTrue(route.Matched, route.Reason);
        Assert.AreEqual(expected, route.Service!.Name);
    }

    [TestMethod]
    public void Match_UnknownTagOrRepository_SaysWhy()
    {
        Assert.Contains("tag 'latest' of 'superinsight/api' matches no service's tags (superinsight: v*, release-*)", Config.Match("superinsight/api", "latest").Reason!);
        Assert.Contains("no service deploys repository 'other/api'", Config.Match("other/api", "v1").Reason!);
    }
}
