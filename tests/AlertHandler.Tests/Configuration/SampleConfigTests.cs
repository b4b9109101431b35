using Functions.AlertHandler.Alerts;
using Functions.AlertHandler.Configuration;
using Functions.AlertHandler.Routing;
using Functions.TestSupport;
using static Functions.AlertHandler.Tests.Routing.TestAlerts;

namespace Functions.AlertHandler.Tests.Configuration;

/// <summary>samples/config/alerthandler.json, the configuration the README and the deployment start from.</summary>
[TestClass]
public sealed class SampleConfigTests
{
    private static readonly AlertConfig Config = Load();

    [TestMethod]
    public void Parse_Sample_IsValid()
    {
        Assert.AreEqual("oncall", Config.Route.Settings.Receiver);
        Assert.AreSequenceEqual(new[] { "oncall", "dba", "team" }, Config.Receivers.Select(r => r.Name));
        Assert.HasCount(2, Config.InhibitRules);
    }

    [TestMethod]
    public void Route_CriticalCpuAlarm_ScalesUpAndNotifiesOncall()
    {
        var alarm = Firing("f", "alertname=superinsight-cpu", "policy_id=policy-1", "metric=cpu_util", "severity=critical");

        var match = Config.Router().Match(alarm).Single();

        Assert.AreEqual("oncall", match.Receiver);
        Assert.AreEqual(ActionType.ScaleUp, match.Route.Actions[0].Type);
        Assert.AreEqual(2, match.Route.Actions[0].Step);
    }

    [TestMethod]
    public void Route_ServiceDownEvent_Restarts()
    {
        var alarm = Make("f", AlertStatus.Firing, Epoch, "alertname=superinsight-down", "policy_id=policy-2", "event=ServiceDown", "dim_service_name=superinsight");

        var match = Config.Router().Match(alarm).Single();

        Assert.AreEqual(ActionType.Restart, match.Route.Actions[0].Type);
        Assert.AreEqual(TimeSpan.Zero, match.Route.Settings.Timers.GroupWait);
    }

    [TestMethod]
    public void Route_PrometheusPostgresAlert_GoesToDbaAndContinuesToOncall()
    {
        var alert = Firing("f", "alertname=PostgresDown", "severity=critical");

        var matches = Config.Router().Match(alert);

        Assert.AreSequenceEqual(new[] { "dba", "oncall" }, matches.Select(m => m.Receiver).ToArray());
        Assert.IsTrue(matches[0].Route.Actions[0].DryRun);
        Assert.AreEqual("0.2.0:{alertname=\"PostgresDown\"}", matches[0].GroupKey.Text);
    }

    [TestMethod]
    public void Resolve_Sample_NeedsOnlyTheDocumentedVariables()
    {
        var variables = Config.Receivers.SelectMany(r => r.Channels).SelectMany(c => new[] { c.UrlEnv, c.SecretEnv }).OfType<string>().ToArray();

        var resolved = ReceiverResolver.ResolveAll(Config, name => variables.Contains(name) ? "https://example.com/hook" : null);

        Assert.HasCount(3, resolved);
    }

    private static AlertConfig Load()
    {
        using var stream = File.OpenRead(Path.Combine(TestEnvironment.RepoRoot, "samples", "config", "alerthandler.json"));
        return AlertConfigParser.Parse(stream);
    }
}
