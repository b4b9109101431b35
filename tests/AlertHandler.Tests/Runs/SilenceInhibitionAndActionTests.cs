using System.Text.Json;

namespace Functions.AlertHandler.Tests.Runs;

/// <summary>
/// What holds an action or a notification back, end to end: silences, inhibition, cooldowns and dry runs; and the
/// restart and backup actions against the API emulator.
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class SilenceInhibitionAndActionTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Cancel => TestContext.CancellationToken;

    [TestMethod]
    public async Task Silence_MutesTheNotificationAndTheAction_UntilItIsExpired()
    {
        await using var h = await AlertHandlerHarness.StartAsync(Cancel);
        h.Build();
        var added = await h.SucceedAsync("""
            {"command":"silence","action":"add","matchers":["alertname=~\"policy-quiet.*\""],"duration":"2h","createdBy":"alice","comment":"migrating the database"}
            """, Cancel);
        var id = added.GetProperty("silences")[0].GetProperty("id").GetString()!;

        await h.CallbackAsync(AlertHandlerHarness.MetricAlarm("policy-quiet", firing: true), Cancel);
        h.Advance(TimeSpan.FromSeconds(31));
        var muted = await h.FlushAsync(Cancel);
        var listed = await h.SucceedAsync("""{"command":"silence","action":"list"}""", Cancel);
        await h.SucceedAsync($$"""{"command":"silence","action":"expire","id":"{{id}}"}""", Cancel);
        h.Advance(TimeSpan.FromMinutes(5));
        var after = await h.FlushAsync(Cancel);

        Assert.AreEqual("active", added.GetProperty("silences")[0].GetProperty("state").GetString());
        Assert.AreEqual("skipped", muted.GetProperty("actions")[0].GetProperty("status").GetString());
        Assert.Contains("silenced by " + id, muted.GetProperty("actions")[0].GetProperty("detail").GetString()!);
        Assert.AreEqual(1, muted.GetProperty("groups")[0].GetProperty("muted").GetInt32());
        Assert.AreEqual(1, listed.GetProperty("silences").GetArrayLength());
        Assert.AreEqual("notified", after.GetProperty("groups")[0].GetProperty("outcome").GetString());
        Assert.HasCount(1, h.Robots.AcceptedBy("wecom"));
        Assert.IsEmpty(h.ScaleInvocations, "the action was skipped while silenced and is not re-queued by the same episode");
    }

    [TestMethod]
    public async Task CriticalAlarm_InhibitsTheWarningOfTheSamePolicy_ButNotOfAnother()
    {
        await using var h = await AlertHandlerHarness.StartAsync(Cancel);
        h.Build(new() { ["ALERT_CONFIG"] = h.DefaultConfig().Replace("\"group_by\": [\"alertname\"]", "\"group_by\": [\"alertname\", \"severity\"]", StringComparison.Ordinal) });
        await h.CallbackAsync(AlertHandlerHarness.MetricAlarm("policy-a", firing: true, level: "Serious"), Cancel);
        await h.CallbackAsync(AlertHandlerHarness.MetricAlarm("policy-a", firing: true, level: "Warn"), Cancel);
        await h.CallbackAsync(AlertHandlerHarness.MetricAlarm("policy-b", firing: true, level: "Warn"), Cancel);
        h.Advance(TimeSpan.FromSeconds(31));

        var flush = await h.FlushAsync(Cancel);

        var outcomes = flush.GetProperty("groups").EnumerateArray()
            .ToDictionary(g => g.GetProperty("group").GetString()!, g => (g.GetProperty("outcome").GetString(), g.GetProperty("muted").GetInt32()));
        Assert.AreEqual(("notified", 0), outcomes.Single(o => o.Key.Contains("policy-a", StringComparison.Ordinal) && o.Key.Contains("critical", StringComparison.Ordinal)).Value);
        Assert.AreEqual(("silent", 1), outcomes.Single(o => o.Key.Contains("policy-a", StringComparison.Ordinal) && o.Key.Contains("warning", StringComparison.Ordinal)).Value);
        Assert.AreEqual(("notified", 0), outcomes.Single(o => o.Key.Contains("policy-b", StringComparison.Ordinal)).Value);
        Assert.HasCount(2, h.Robots.AcceptedBy("wecom"));
    }

    [TestMethod]
    public async Task SecondEpisode_InsideTheCooldown_IsSkipped_AndAfterItScalesAgain()
    {
        await using var h = await AlertHandlerHarness.StartAsync(Cancel);
        h.Build();
        await h.CallbackAsync(AlertHandlerHarness.MetricAlarm("policy-flap", firing: true, first: "2026-11-27 10:00:00"), Cancel);
        await h.FlushAsync(Cancel);
        await h.CallbackAsync(AlertHandlerHarness.MetricAlarm("policy-flap", firing: false, first: "2026-11-27 10:00:00", recover: "2026-11-27 10:02:00"), Cancel);
        await h.CallbackAsync(AlertHandlerHarness.MetricAlarm("policy-flap", firing: true, first: "2026-11-27 10:03:00"), Cancel);
        var inside = await h.FlushAsync(Cancel);
        h.Advance(TimeSpan.FromMinutes(11));
        await h.CallbackAsync(AlertHandlerHarness.MetricAlarm("policy-flap", firing: false, first: "2026-11-27 10:03:00", recover: "2026-11-27 10:05:00"), Cancel);
        await h.CallbackAsync(AlertHandlerHarness.MetricAlarm("policy-flap", firing: true, first: "2026-11-27 10:20:00"), Cancel);
        var after = await h.FlushAsync(Cancel);

        Assert.AreEqual("skipped", inside.GetProperty("actions")[0].GetProperty("status").GetString());
        Assert.Contains("cooldown", inside.GetProperty("actions")[0].GetProperty("detail").GetString()!);
        Assert.AreEqual("done", after.GetProperty("actions")[0].GetProperty("status").GetString());
        Assert.HasCount(2, h.ScaleInvocations);
    }

    [TestMethod]
    public async Task DryRun_RecordsWhatItWouldDo_AndInvokesNothing()
    {
        await using var h = await AlertHandlerHarness.StartAsync(Cancel);
        h.Build(new() { ["ALERT_DRY_RUN"] = "true" });
        await h.CallbackAsync(AlertHandlerHarness.MetricAlarm("policy-dry", firing: true), Cancel);

        var flush = await h.FlushAsync(Cancel);
        var status = await h.StatusAsync(Cancel);

        Assert.AreEqual("dry_run", flush.GetProperty("actions")[0].GetProperty("status").GetString());
        Assert.IsEmpty(h.ScaleInvocations);
        Assert.IsTrue(status.GetProperty("dryRun").GetBoolean());
        Assert.AreEqual("dry_run", status.GetProperty("actions")[0].GetProperty("status").GetString());
    }

    [TestMethod]
    public async Task RestartAndBackupActions_RedeployTheServingImage_AndStartABackup()
    {
        await using var h = await AlertHandlerHarness.StartAsync(Cancel);
        h.Build(new() { ["ALERT_CONFIG"] = h.DefaultConfig().Replace("{ \"type\": \"scale_up\", \"cooldown\": \"10m\" }", "{ \"type\": \"restart\" }, { \"type\": \"backup\" }", StringComparison.Ordinal) });
        await h.CallbackAsync(AlertHandlerHarness.MetricAlarm("policy-down", firing: true), Cancel);

        var flush = await h.FlushAsync(Cancel);

        var actions = flush.GetProperty("actions").EnumerateArray().ToDictionary(a => a.GetProperty("type").GetString()!, a => a);
        Assert.AreEqual("done", actions["restart"].GetProperty("status").GetString(), actions["restart"].GetProperty("detail").GetString());
        Assert.Contains("ccr.ccs.tencentyun.com/superinsight/api:v1", actions["restart"].GetProperty("detail").GetString()!);
        Assert.AreEqual("done", actions["backup"].GetProperty("status").GetString());
        Assert.Contains(i => i.FunctionName == AlertHandlerHarness.Backup && i.Async && i.Event.Contains("\"plan\":\"alert\"", StringComparison.Ordinal), h.Cloud.Scf.Invocations);
        Assert.IsEmpty(h.ScaleInvocations);
    }

    [TestMethod]
    public async Task RateLimitedChannel_FoldsTheOverflowIntoOneDigest()
    {
        await using var h = await AlertHandlerHarness.StartAsync(Cancel);
        h.Build(new() { ["ALERT_CONFIG"] = h.DefaultConfig(groupWait: "0s") });
        foreach (var i in Enumerable.Range(0, 25))
        {
            await h.CallbackAsync(AlertHandlerHarness.MetricAlarm($"policy-storm-{i:D2}", firing: true, level: "Warn"), Cancel);
        }

        var flush = await h.FlushAsync(Cancel);

        var wecom = h.Robots.AcceptedBy("wecom");
        Assert.HasCount(20, wecom, "WeCom allows 20 messages a minute: 19 alone and the last as a digest");
        Assert.Contains("6 notifications", wecom[^1]);
        Assert.HasCount(25, h.Robots.AcceptedBy("webhook"), "webhooks have no documented limit");
        Assert.AreEqual(25, flush.GetProperty("groups").EnumerateArray().Count(g => g.GetProperty("outcome").GetString() == "notified"));
    }

    internal static JsonElement First(JsonElement array) => array[0];
}
