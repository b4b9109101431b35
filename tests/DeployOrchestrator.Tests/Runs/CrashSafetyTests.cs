namespace Functions.DeployOrchestrator.Tests.Runs;

/// <summary>
/// Crash safety of the chained state machine: for every step with an effect on the platform, the invocation is
/// stopped after the effect and before the commit (the emulator applies the call and never answers it, so the
/// invocation reaches its time limit); a later step redoes it and the run ends as it would have, with no effect done
/// twice. And two pumps at once never run one step twice.
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class CrashSafetyTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Cancel => TestContext.CancellationToken;

    [TestMethod]
    [DataRow("UpdateCloudRunServer", DisplayName = "deploy")]
    [DataRow("ReleaseGray", DisplayName = "traffic shift")]
    [DataRow("OperateServerManage", DisplayName = "finalise")]
    public async Task StoppedAfterTheEffect_BeforeTheCommit_EndsTheSame_WithTheEffectOnce(string action)
    {
        await using var h = await DeployHarness.StartAsync(Cancel);
        h.Build(h.HalfThenAllConfig());
        var (push, _, image) = DeployHarness.Push("v2", 'a');
        var applied = h.Cloud.StallAfterNext(action);
        h.TimeLimit = TimeSpan.FromSeconds(3);

        await h.SucceedAsync(push, Cancel);
        var errors = await h.DrainAsync(Cancel);
        await applied.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        h.TimeLimit = TimeSpan.FromMinutes(5);
        var stopped = await h.HistoryAsync(Cancel);
        h.Advance(TimeSpan.FromMinutes(4));
        var phase = await h.RunToEndAsync(Cancel);
        var history = await h.HistoryAsync(Cancel);

        Assert.IsNotEmpty(errors, "the stalled invocation must have been stopped at its time limit");
        Assert.AreEqual("Succeeded", phase, string.Join("\n", history));
        Assert.HasCount(2, h.Platform.Versions, "deployed once");
        Assert.AreEqual(100, h.Platform.Versions.Single(v => v.Image == image).Percent);
        Assert.AreEqual(0, h.Platform.Versions.Single(v => v.Image == DeployHarness.StableImage).Percent);
        Assert.ContainsSingle(c => c.Action == "UpdateCloudRunServer", h.Cloud.Calls, "one deploy call");
        Assert.ContainsSingle(c => c.Action == "OperateServerManage", h.Cloud.Calls, "the release completed once");
        Assert.Contains(e => e.Contains($"intent: {ActionOf(action)}", StringComparison.Ordinal), stopped, "the log shows the effect that may have happened");
    }

    [TestMethod]
    public async Task RollbackWhoseAnswerIsLost_IsFinishedByALaterStep_WithTheReleaseGoneBackOnce()
    {
        await using var h = await DeployHarness.StartAsync(Cancel);
        h.Build(h.CanaryConfig());
        h.App.SetHealth($"{h.Service}-002", "unhealthy");
        var (push, _, image) = DeployHarness.Push("v2", 'c');
        await h.SucceedAsync(push, Cancel);
        await h.DrainAsync(Cancel);
        h.Cloud.LoseResponseNext("OperateServerManage", 1);

        var phase = await h.RunToEndAsync(Cancel);
        var history = await h.HistoryAsync(Cancel);

        Assert.AreEqual("Failed", phase, string.Join("\n", history));
        Assert.Contains(e => e.StartsWith("effect-failed", StringComparison.Ordinal), history, "the lost answer was recorded and the rollback retried");
        Assert.AreEqual(100, h.Platform.Versions.Single(v => v.Image == DeployHarness.StableImage).Percent);
        Assert.AreEqual(0, h.Platform.Versions.Single(v => v.Image == image).Percent);
        Assert.ContainsSingle(c => c.Action == "OperateServerManage", h.Cloud.Calls, "the release went back once");
    }

    [TestMethod]
    public async Task FivePumpsAtOnce_TakeEachStepOnce()
    {
        await using var h = await DeployHarness.StartAsync(Cancel);
        h.Build(h.HalfThenAllConfig(), new() { ["DEPLOY_SELF_FUNCTION"] = "" });
        var (push, _, image) = DeployHarness.Push("v2", 'b');
        await h.SucceedAsync(push, Cancel);

        for (var round = 0; round < 6; round++)
        {
            await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => h.SucceedAsync("""{"command":"pump"}""", Cancel)));
            h.Advance(TimeSpan.FromSeconds(15));
        }

        var history = await h.HistoryAsync(Cancel);
        Assert.AreEqual("Succeeded", await h.PhaseAsync(Cancel), string.Join("\n", history));
        Assert.ContainsSingle(c => c.Action == "UpdateCloudRunServer", h.Cloud.Calls);
        Assert.ContainsSingle(e => e.StartsWith("deployed", StringComparison.Ordinal), history, string.Join("\n", history));
        Assert.ContainsSingle(e => e.StartsWith("finalised", StringComparison.Ordinal), history, string.Join("\n", history));
        Assert.ContainsSingle(e => e.StartsWith("weight-set", StringComparison.Ordinal), history, string.Join("\n", history));
        Assert.AreEqual(100, h.Platform.Versions.Single(v => v.Image == image).Percent);
    }

    private static string ActionOf(string platformAction) => platformAction switch
    {
        "UpdateCloudRunServer" => "deploy",
        "ReleaseGray" => "setTraffic",
        _ => "finalise",
    };
}
