using System.Text.Json;
using Functions.Scf.Errors;

namespace Functions.AlertHandler.Tests.Runs;

/// <summary>
/// A Cloud Monitor callback end to end: recorded and acknowledged, then one action and one notification per channel
/// however often and however concurrently it is delivered and flushed; on real PostgreSQL and Redis, the API
/// emulator and loopback robots.
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class CallbackToNotificationTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Cancel => TestContext.CancellationToken;

    [TestMethod]
    public async Task CriticalAlarm_DeliveredTwelveTimesAndFlushedFiveTimesAtOnce_OneScaleUpAndOneMessagePerChannel()
    {
        await using var h = await AlertHandlerHarness.StartAsync(Cancel);
        h.Build();
        var alarm = AlertHandlerHarness.MetricAlarm("policy-cpu", firing: true);

        var first = await h.CallbackAsync(alarm, Cancel);
        var retries = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => h.CallbackAsync(alarm, Cancel)));
        var late = await h.CallbackAsync(alarm, Cancel);
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => h.FlushAsync(Cancel)));
        h.Advance(TimeSpan.FromSeconds(31));
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => h.FlushAsync(Cancel)));
        await h.FlushAsync(Cancel);

        Assert.AreEqual(200, first.Status);
        Assert.IsFalse(first.Body.GetProperty("duplicate").GetBoolean());
        Assert.AreEqual(1, first.Body.GetProperty("actionsQueued").GetInt32());
        Assert.AreEqual(0, retries.Sum(r => r.Body.GetProperty("actionsQueued").GetInt32()));
        Assert.IsTrue(late.Body.GetProperty("duplicate").GetBoolean());
        Assert.HasCount(1, h.ScaleInvocations);
        Assert.Contains("\"command\":\"scale\"", h.ScaleInvocations[0].Event);
        Assert.Contains("\"alarmId\":\"0.0/scale_up/", h.ScaleInvocations[0].Event);
        Assert.HasCount(1, h.Robots.AcceptedBy("wecom"));
        Assert.HasCount(1, h.Robots.AcceptedBy("webhook"));
        Assert.Contains("[FIRING:1] policy-cpu CPU high", h.Robots.AcceptedBy("wecom")[0]);
        Assert.Contains("CPU utilization > 90% (current 97%)", h.Robots.AcceptedBy("wecom")[0]);
        Assert.Contains(i => i.FunctionName == AlertHandlerHarness.Self && i.Async && i.Event.Contains("flush", StringComparison.Ordinal), h.Cloud.Scf.Invocations);
    }

    [TestMethod]
    public async Task Resolved_AfterTheFiringWasNotified_ReachesOnlyTheChannelThatSendsResolved_AndClosesTheGroup()
    {
        await using var h = await AlertHandlerHarness.StartAsync(Cancel);
        h.Build();
        await h.CallbackAsync(AlertHandlerHarness.MetricAlarm("policy-mem", firing: true), Cancel);
        h.Advance(TimeSpan.FromSeconds(31));
        await h.FlushAsync(Cancel);

        await h.CallbackAsync(AlertHandlerHarness.MetricAlarm("policy-mem", firing: false, recover: "2026-11-27 10:20:00"), Cancel);
        h.Advance(TimeSpan.FromMinutes(5));
        var flush = await h.FlushAsync(Cancel);
        var status = await h.StatusAsync(Cancel);

        Assert.HasCount(1, h.Robots.AcceptedBy("wecom"), "WeCom is configured without send_resolved");
        Assert.HasCount(2, h.Robots.AcceptedBy("webhook"));
        Assert.Contains("RESOLVED", h.Robots.AcceptedBy("webhook")[1]);
        Assert.AreEqual("notified", flush.GetProperty("groups")[0].GetProperty("outcome").GetString());
        Assert.AreEqual(0, status.GetProperty("groups").GetArrayLength());
    }

    [TestMethod]
    public async Task ReceiverFailingOnce_GetsTheMessageOnTheNextFlush_AndTheOtherChannelIsNotSentItTwice()
    {
        await using var h = await AlertHandlerHarness.StartAsync(Cancel);
        h.Build();
        await h.CallbackAsync(AlertHandlerHarness.MetricAlarm("policy-disk", firing: true, level: "Warn"), Cancel);
        h.Advance(TimeSpan.FromSeconds(31));
        h.Robots.FailNext = 1;

        var failed = await h.FlushAsync(Cancel);
        h.Advance(TimeSpan.FromMinutes(1));
        var retried = await h.FlushAsync(Cancel);

        Assert.AreEqual("postponed", failed.GetProperty("groups")[0].GetProperty("outcome").GetString());
        Assert.AreEqual("notified", retried.GetProperty("groups")[0].GetProperty("outcome").GetString());
        Assert.HasCount(1, h.Robots.AcceptedBy("wecom"));
        Assert.HasCount(1, h.Robots.AcceptedBy("webhook"));
        Assert.HasCount(1, h.Robots.Rejected);
        var channels = retried.GetProperty("groups")[0].GetProperty("channels").EnumerateArray().Select(c => c.GetProperty("result").GetString()).Order().ToArray();
        Assert.AreSequenceEqual(new[] { "alreadySent", "sent" }, channels);
    }

    [TestMethod]
    public async Task Unauthenticated_OrMalformed_OrOversized_IsRefusedAndChangesNothing()
    {
        await using var h = await AlertHandlerHarness.StartAsync(Cancel);
        h.Build();
        var alarm = AlertHandlerHarness.MetricAlarm("policy-auth", firing: true);

        var missing = await h.CallbackAsync(alarm, Cancel, token: null);
        var wrong = await h.CallbackAsync(alarm, Cancel, token: "not-the-token");
        var malformed = await h.CallbackAsync("{\"alarmStatus\":\"1\",", Cancel);
        var noPolicy = await h.CallbackAsync(alarm.Replace("\"policyId\":\"policy-auth\",", "", StringComparison.Ordinal), Cancel);
        var oversized = await h.CallbackAsync(alarm.Replace("\"97\"", $"\"{new string('9', 300_000)}\"", StringComparison.Ordinal), Cancel);
        h.Advance(TimeSpan.FromMinutes(1));
        await h.FlushAsync(Cancel);
        var status = await h.StatusAsync(Cancel);

        Assert.AreEqual(401, missing.Status);
        Assert.AreEqual(401, wrong.Status);
        Assert.DoesNotContain(AlertHandlerHarness.Token, wrong.Body.GetRawText());
        Assert.AreEqual(400, malformed.Status);
        Assert.AreEqual(400, noPolicy.Status);
        Assert.Contains("alarmPolicyInfo.policyId", noPolicy.Body.GetProperty("message").GetString()!);
        Assert.AreEqual(413, oversized.Status);
        Assert.AreEqual(0, status.GetProperty("groups").GetArrayLength());
        Assert.IsEmpty(h.Robots.Accepted);
        Assert.IsEmpty(h.ScaleInvocations);
    }

    [TestMethod]
    public async Task AlertmanagerWebhook_WithABearerToken_ScalesUpOnceAndNotifiesTheFiringAlert()
    {
        await using var h = await AlertHandlerHarness.StartAsync(Cancel);
        h.Build();
        var body = await File.ReadAllTextAsync(Path.Combine(Functions.TestSupport.TestEnvironment.RepoRoot, "samples", "events", "bodies", "alarm-alertmanager-v4.json"), Cancel);
        var bearer = AlertHandlerHarness.Http(body, token: null).Replace("\"content-type\":\"application/json\"", $"\"content-type\":\"application/json\",\"authorization\":\"Bearer {AlertHandlerHarness.Token}\"", StringComparison.Ordinal);

        var first = await h.SucceedAsync(bearer, Cancel);
        var again = await h.SucceedAsync(bearer, Cancel);
        h.Advance(TimeSpan.FromSeconds(31));
        await h.FlushAsync(Cancel);

        Assert.AreEqual(200, first.GetProperty("statusCode").GetInt32(), first.GetRawText());
        Assert.Contains("\"duplicate\":true", again.GetProperty("body").GetString()!);
        Assert.HasCount(1, h.ScaleInvocations, "one scale-up for the one firing critical alert");
        var wecom = h.Robots.AcceptedBy("wecom");
        Assert.HasCount(1, wecom);
        Assert.Contains("5xx rate 12% on 10.0.0.11:8080", wecom[0]);
        Assert.DoesNotContain("10.0.0.12", wecom[0], "the resolved alert was never notified as firing, so it is not sent");
        Assert.Contains("prometheus.example.com:9090/graph", h.Robots.AcceptedBy("webhook")[0], "the generator URL is the message's link");
    }

    [TestMethod]
    public async Task DirectDelivery_FromCloudMonitor_IsRecordedWithoutAToken()
    {
        await using var h = await AlertHandlerHarness.StartAsync(Cancel);
        h.Build();

        var result = await h.SucceedAsync(AlertHandlerHarness.MetricAlarm("policy-direct", firing: true), Cancel);

        Assert.AreEqual(1, result.GetProperty("accepted").GetInt32());
        Assert.AreEqual("0.0:{alertname=\"policy-direct CPU high\"}", result.GetProperty("alerts")[0].GetProperty("groups")[0].GetString());
    }

    [TestMethod]
    public async Task UnknownCommand_AndBadSilence_AreRefusedNamingTheField()
    {
        await using var h = await AlertHandlerHarness.StartAsync(Cancel);
        h.Build();

        var (_, unknown) = await h.InvokeAsync("""{"command":"frobnicate"}""", Cancel);
        var (_, badAction) = await h.InvokeAsync("""{"command":"silence","action":"mute"}""", Cancel);
        var (_, badMatcher) = await h.InvokeAsync("""{"command":"silence","action":"add","matchers":["alertname=~\"(\""],"duration":"1h","createdBy":"a","comment":"c"}""", Cancel);
        var (_, noComment) = await h.InvokeAsync("""{"command":"silence","action":"add","matchers":["alertname=\"x\""],"duration":"1h","createdBy":"a"}""", Cancel);

        Assert.AreEqual(ErrorTypes.UnknownCommand, unknown!.ErrorType);
        Assert.Contains("field 'action'", badAction!.ErrorMessage);
        Assert.Contains("matchers[0]", badMatcher!.ErrorMessage);
        Assert.Contains("comment is required", noComment!.ErrorMessage);
    }

    internal static JsonElement Group(JsonElement flush, int index) => flush.GetProperty("groups")[index];
}
