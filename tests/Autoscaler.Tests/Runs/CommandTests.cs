namespace Functions.Autoscaler.Tests.Runs;

/// <summary>The commands end to end: alarm-driven scale, pins, status, live dry-run, replay of a recorded decision, bad input.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class CommandTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task AlarmScale_AddsItsStep_AndADuplicateDeliveryDoesNothing()
    {
        await using var harness = await AutoscalerHarness.StartAsync(min: 3, max: 3, running: 3, TestContext.CancellationToken);
        harness.Build();
        harness.SetLoad(cpuPercent: 72, memoryPercent: 50, requestsPerSecond: 310);
        const string scale = """{"command":"scale","direction":"up","alarmId":"alarm-7f3","reason":"5xx above 5 %"}""";

        var first = await harness.SucceedAsync(scale, TestContext.CancellationToken);
        var duplicate = await harness.SucceedAsync(scale, TestContext.CancellationToken);

        Assert.AreEqual(4, first.GetProperty("decision").GetProperty("desired").GetInt32());
        Assert.AreEqual("alarm", first.GetProperty("decision").GetProperty("trigger").GetString());
        Assert.AreEqual(4, duplicate.GetProperty("decision").GetProperty("desired").GetInt32());
        Assert.Contains("DuplicateAlarm", duplicate.GetProperty("decision").GetProperty("conditions").EnumerateArray().Select(c => c.GetString()).ToArray());
        Assert.ContainsSingle(c => c.Action == "SubmitServerConfigChangeDiff", harness.Cloud.Calls);
        Assert.AreEqual(4L, harness.Platform.MinNum);
    }

    [TestMethod]
    public async Task Set_PinsTheCountUntilCleared_AndStatusShowsIt()
    {
        await using var harness = await AutoscalerHarness.StartAsync(min: 2, max: 2, running: 2, TestContext.CancellationToken);
        harness.Build();
        harness.SetLoad(cpuPercent: 40, memoryPercent: 30, requestsPerSecond: 150);

        var pinned = await harness.SucceedAsync("""{"command":"set","instances":6,"minutes":90,"reason":"launch"}""", TestContext.CancellationToken);
        var status = await harness.SucceedAsync("""{"command":"status"}""", TestContext.CancellationToken);
        var whilePinned = await harness.SucceedAsync(harness.Timer(), TestContext.CancellationToken);
        var cleared = await harness.SucceedAsync("""{"command":"set","clear":true}""", TestContext.CancellationToken);

        Assert.AreEqual(6, pinned.GetProperty("decision").GetProperty("desired").GetInt32());
        Assert.AreEqual("pin", pinned.GetProperty("decision").GetProperty("trigger").GetString());
        Assert.AreEqual(6, status.GetProperty("pin").GetProperty("instances").GetInt32());
        Assert.AreEqual(6, status.GetProperty("current").GetInt32());
        Assert.IsGreaterThan(0, status.GetProperty("scaleUpCooldownSeconds").GetInt32());
        Assert.AreEqual(1, status.GetProperty("recent").GetArrayLength(), "the pin's decision is in the audit");
        Assert.AreEqual(6, whilePinned.GetProperty("decision").GetProperty("desired").GetInt32());
        Assert.AreEqual("metrics", cleared.GetProperty("decision").GetProperty("trigger").GetString());
        Assert.StartsWith("scale down 6 → 4; cpu 40 % vs 70 % → 4", cleared.GetProperty("decision").GetProperty("reason").GetString());
    }

    [TestMethod]
    public async Task Evaluate_IsADryRunByDefault_AndAnyRecordedDecisionReplaysIdentically()
    {
        await using var harness = await AutoscalerHarness.StartAsync(min: 1, max: 10, running: 2, TestContext.CancellationToken);
        harness.Build();
        harness.SetLoad(cpuPercent: 95, memoryPercent: 40, requestsPerSecond: 450);

        var evaluated = await harness.SucceedAsync("""{"command":"evaluate"}""", TestContext.CancellationToken);
        var applied = await harness.SucceedAsync(harness.Timer(), TestContext.CancellationToken);
        harness.Advance(TimeSpan.FromMinutes(2));
        harness.SetLoad(cpuPercent: 20, memoryPercent: 20, requestsPerSecond: 90);
        var held = await harness.SucceedAsync(harness.Timer(), TestContext.CancellationToken);
        var replayed = await harness.SucceedAsync($$"""{"command":"evaluate","decision":{{held.GetProperty("decisionId").GetInt64()}}}""", TestContext.CancellationToken);

        Assert.IsTrue(evaluated.GetProperty("dryRun").GetBoolean());
        Assert.IsFalse(evaluated.GetProperty("applied").GetBoolean());
        Assert.IsTrue(applied.GetProperty("applied").GetBoolean());
        Assert.AreEqual(5, held.GetProperty("decision").GetProperty("desired").GetInt32(), "the scale-down window still holds the earlier recommendation of 5");
        Assert.IsTrue(replayed.GetProperty("reproduced").GetBoolean());
        Assert.AreEqual(held.GetProperty("decision").GetProperty("reason").GetString(), replayed.GetProperty("decision").GetProperty("reason").GetString());
        Assert.AreEqual(2, replayed.GetProperty("inputs").GetProperty("recommendations").GetArrayLength(), "the recorded inputs carry the history the decision saw");
    }

    [TestMethod]
    [DataRow("""{"command":"scale","direction":"sideways","alarmId":"a"}""", "InvalidArguments", "'direction'")]
    [DataRow("""{"command":"scale","direction":"up"}""", "InvalidArguments", "'alarmId'")]
    [DataRow("""{"command":"set","instances":-2,"minutes":10}""", "InvalidArguments", "'instances' must be from 0 to 10")]
    [DataRow("""{"command":"set","instances":2}""", "InvalidArguments", "'until'")]
    [DataRow("""{"command":"set","instances":2,"until":"yesterday"}""", "InvalidArguments", "ISO-8601")]
    [DataRow("""{"command":"evaluate","decision":99999}""", "InvalidArguments", "no recorded decision 99999")]
    [DataRow("""{"command":"frobnicate"}""", "UnknownCommand", "frobnicate")]
    public async Task BadInput_GetsAClearErrorAndChangesNothing(string command, string errorType, string expected)
    {
        await using var harness = await AutoscalerHarness.StartAsync(min: 2, max: 2, running: 2, TestContext.CancellationToken);
        harness.Build();

        var (_, error) = await harness.InvokeAsync(command, TestContext.CancellationToken);

        Assert.AreEqual(errorType, error!.ErrorType, error.ErrorMessage);
        Assert.Contains(expected, error.ErrorMessage);
        Assert.DoesNotContain(c => c.Action == "SubmitServerConfigChangeDiff", harness.Cloud.Calls);
    }
}
