namespace Functions.Autoscaler.Tests.Runs;

/// <summary>
/// The minute timer end to end: metrics from the emulated Cloud Monitor, the decision, the tcbr change on the
/// emulated CloudBase Run, the audit in PostgreSQL and the lease in Redis.
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class TimerScalingTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task HighLoad_ScalesUp_ByPinningThePlatformAtTheDecidedCount()
    {
        await using var harness = await AutoscalerHarness.StartAsync(min: 1, max: 10, running: 2, TestContext.CancellationToken);
        harness.Build();
        harness.SetLoad(cpuPercent: 95, memoryPercent: 40, requestsPerSecond: 450);

        var result = await harness.SucceedAsync(harness.Timer(), TestContext.CancellationToken);

        var decision = result.GetProperty("decision");
        Assert.AreEqual(5, decision.GetProperty("desired").GetInt32(), decision.GetProperty("reason").GetString());
        Assert.AreEqual("up", decision.GetProperty("direction").GetString());
        Assert.IsTrue(result.GetProperty("applied").GetBoolean());
        Assert.AreEqual((5L, 5L), (harness.Platform.MinNum, harness.Platform.MaxNum));
        Assert.AreEqual(1, await harness.CountDecisionsAsync(TestContext.CancellationToken));
        Assert.Contains($"Decision 1 for {harness.Service} (timer): 2 → 5, applied True", harness.Log);
        Assert.IsEmpty(harness.Cloud.Rejections, "every call was signed correctly");
    }

    [TestMethod]
    public async Task InsideTheTolerance_ChangesNothing()
    {
        await using var harness = await AutoscalerHarness.StartAsync(min: 3, max: 3, running: 3, TestContext.CancellationToken);
        harness.Build();
        harness.SetLoad(cpuPercent: 72, memoryPercent: 50, requestsPerSecond: 310);

        var result = await harness.SucceedAsync(harness.Timer(), TestContext.CancellationToken);

        Assert.AreEqual(3, result.GetProperty("decision").GetProperty("desired").GetInt32());
        Assert.IsFalse(result.GetProperty("applied").GetBoolean());
        Assert.DoesNotContain(c => c.Action == "SubmitServerConfigChangeDiff", harness.Cloud.Calls);
        Assert.AreEqual(1, await harness.CountDecisionsAsync(TestContext.CancellationToken), "a decision to hold is recorded too");
    }

    [TestMethod]
    public async Task ScaleDown_WaitsForTheCooldownSinceTheLastScaleDown()
    {
        await using var harness = await AutoscalerHarness.StartAsync(min: 6, max: 6, running: 6, TestContext.CancellationToken);
        harness.Build(new() { ["AUTOSCALER_POLICY"] = """{"scaleDown":{"stabilizationWindowSeconds":0}}""" });
        harness.SetLoad(cpuPercent: 30, memoryPercent: 30, requestsPerSecond: 300);
        var first = await harness.SucceedAsync(harness.Timer(), TestContext.CancellationToken);

        harness.Advance(TimeSpan.FromSeconds(300));
        harness.SetLoad(cpuPercent: 10, memoryPercent: 20, requestsPerSecond: 100);
        var held = await harness.SucceedAsync(harness.Timer(), TestContext.CancellationToken);
        var platformWhileHeld = harness.Platform.MinNum;

        harness.Advance(TimeSpan.FromSeconds(301));
        harness.SetLoad(cpuPercent: 10, memoryPercent: 20, requestsPerSecond: 100);
        var after = await harness.SucceedAsync(harness.Timer(), TestContext.CancellationToken);

        Assert.AreEqual(3, first.GetProperty("decision").GetProperty("desired").GetInt32());
        Assert.AreEqual(3, held.GetProperty("decision").GetProperty("desired").GetInt32());
        Assert.Contains("ScaleDownCooldown", held.GetProperty("decision").GetProperty("conditions").EnumerateArray().Select(c => c.GetString()).ToArray());
        Assert.AreEqual(3L, platformWhileHeld);
        Assert.AreEqual(1, after.GetProperty("decision").GetProperty("desired").GetInt32());
        Assert.AreEqual(1L, harness.Platform.MaxNum);
    }

    [TestMethod]
    public async Task TenConcurrentInvocations_MakeExactlyOneChange()
    {
        await using var harness = await AutoscalerHarness.StartAsync(min: 1, max: 10, running: 2, TestContext.CancellationToken);
        harness.Build();
        harness.SetLoad(cpuPercent: 95, memoryPercent: 40, requestsPerSecond: 450);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => harness.SucceedAsync(harness.Timer(), TestContext.CancellationToken)));

        Assert.ContainsSingle(c => c.Action == "SubmitServerConfigChangeDiff", harness.Cloud.Calls);
        Assert.ContainsSingle(r => r.GetProperty("applied").GetBoolean(), results);
        Assert.IsTrue(results.All(r => r.TryGetProperty("skipped", out _) || r.GetProperty("decision").GetProperty("desired").GetInt32() == 5));
        Assert.AreEqual(5L, harness.Platform.MinNum);
    }

    [TestMethod]
    public async Task ThrottledApi_IsRetried_AndTheChangeLands()
    {
        await using var harness = await AutoscalerHarness.StartAsync(min: 1, max: 10, running: 2, TestContext.CancellationToken);
        harness.Build();
        harness.SetLoad(cpuPercent: 95, memoryPercent: 40, requestsPerSecond: 450);
        harness.Cloud.FailNext("SubmitServerConfigChangeDiff", 2);

        var result = await harness.SucceedAsync(harness.Timer(), TestContext.CancellationToken);

        Assert.IsTrue(result.GetProperty("applied").GetBoolean());
        Assert.Contains("SubmitServerConfigChangeDiff attempt 2 failed with RequestLimitExceeded", harness.Log);
        Assert.AreEqual(5L, harness.Platform.MinNum);
    }

    [TestMethod]
    public async Task CloudApiDown_ChangesNothing_AndSaysWhy()
    {
        await using var harness = await AutoscalerHarness.StartAsync(min: 2, max: 2, running: 2, TestContext.CancellationToken);
        harness.Build(new() { ["TENCENTCLOUD_ENDPOINT"] = "http://127.0.0.1:1/", ["CLOUD_API_BUDGET_MS"] = "1000" });

        var (_, error) = await harness.InvokeAsync(harness.Timer(), TestContext.CancellationToken);

        Assert.AreEqual("ServiceUnavailable", error!.ErrorType);
        Assert.Contains($"could not read {harness.Service} in env-prod from CloudBase Run, so nothing was decided or changed", error.ErrorMessage);
        Assert.AreEqual((2L, 2L), (harness.Platform.MinNum, harness.Platform.MaxNum));
    }

    [TestMethod]
    public async Task DryRun_RecordsTheDecision_ButChangesNothing()
    {
        await using var harness = await AutoscalerHarness.StartAsync(min: 1, max: 10, running: 2, TestContext.CancellationToken);
        harness.Build(new() { ["AUTOSCALER_DRY_RUN"] = "true" });
        harness.SetLoad(cpuPercent: 95, memoryPercent: 40, requestsPerSecond: 450);

        var result = await harness.SucceedAsync(harness.Timer(), TestContext.CancellationToken);

        Assert.AreEqual(5, result.GetProperty("decision").GetProperty("desired").GetInt32());
        Assert.IsFalse(result.GetProperty("applied").GetBoolean());
        Assert.AreEqual($"dry run: would pin {harness.Service} at 5", result.GetProperty("notApplied").GetString());
        Assert.AreEqual((1L, 10L), (harness.Platform.MinNum, harness.Platform.MaxNum));
        Assert.AreEqual(1, await harness.CountDecisionsAsync(TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task ReleaseInProgress_DefersTheChange()
    {
        await using var harness = await AutoscalerHarness.StartAsync(min: 2, max: 2, running: 2, TestContext.CancellationToken);
        harness.Build();
        harness.Platform.Status = "deploying";
        harness.SetLoad(cpuPercent: 95, memoryPercent: 40, requestsPerSecond: 450);

        var result = await harness.SucceedAsync(harness.Timer(), TestContext.CancellationToken);

        Assert.IsFalse(result.GetProperty("applied").GetBoolean());
        Assert.Contains("release is in progress", result.GetProperty("notApplied").GetString()!);
        Assert.AreEqual(2L, harness.Platform.MinNum);
    }

    [TestMethod]
    public async Task MetricsMissing_NeverShrinkTheService()
    {
        await using var harness = await AutoscalerHarness.StartAsync(min: 4, max: 4, running: 4, TestContext.CancellationToken);
        harness.Build();

        var result = await harness.SucceedAsync(harness.Timer(), TestContext.CancellationToken);

        var decision = result.GetProperty("decision");
        Assert.AreEqual(4, decision.GetProperty("desired").GetInt32());
        Assert.Contains("NoMetrics", decision.GetProperty("conditions").EnumerateArray().Select(c => c.GetString()).ToArray());
        Assert.IsTrue(decision.GetProperty("metrics").EnumerateArray().All(m => m.GetProperty("status").GetString() == "missing"));
    }
}
