namespace Functions.DeployOrchestrator.Tests.Runs;

/// <summary>
/// What operators and newer pushes do to a run in flight, end to end: abort during a pause (winning over a pending
/// promote), superseding mid-run, retry after a failure, blue-green with promotion, rollback to an earlier revision.
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class OperatorAndSupersedeTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Cancel => TestContext.CancellationToken;

    [TestMethod]
    public async Task AbortDuringAPause_WinsOverAPendingPromote_AndRollsBack()
    {
        await using var h = await DeployHarness.StartAsync(Cancel);
        h.Build(h.CanaryConfig(pause: "10m"));
        var (push, _, image) = DeployHarness.Push("v2", 'a');
        await h.SucceedAsync(push, Cancel);
        await h.DrainAsync(Cancel);
        await h.PumpAsync(Cancel, after: TimeSpan.FromSeconds(6));
        var pausedAt = h.Platform.Versions.Single(v => v.Image == image).Percent;

        var promote = await h.CommandAsync("promoteFull", Cancel);
        var abort = await h.CommandAsync("abort", Cancel, ",\"reason\":\"bad migration\"");
        await h.DrainAsync(Cancel);
        var status = await h.StatusAsync(Cancel);

        Assert.AreEqual(20, pausedAt);
        Assert.IsTrue(promote.GetProperty("accepted").GetBoolean(), promote.GetRawText());
        Assert.IsTrue(abort.GetProperty("accepted").GetBoolean(), abort.GetRawText());
        Assert.AreEqual("Aborted", status.GetProperty("runs")[0].GetProperty("phase").GetString(), status.GetRawText());
        Assert.AreEqual(0, h.Platform.Versions.Single(v => v.Image == image).Percent);
        Assert.AreEqual(100, h.Platform.Versions.Single(v => v.Image == DeployHarness.StableImage).Percent);
    }

    [TestMethod]
    public async Task NewerPush_MidRun_SupersedesIt_AndTheNewestRunsFromTheStart()
    {
        await using var h = await DeployHarness.StartAsync(Cancel);
        h.Build(h.CanaryConfig());
        var (first, _, firstImage) = DeployHarness.Push("v2", 'a');
        var (second, _, _) = DeployHarness.Push("v3", 'b');
        var (third, _, thirdImage) = DeployHarness.Push("v4", 'c');
        await h.SucceedAsync(first, Cancel);
        await h.DrainAsync(Cancel);
        await h.PumpAsync(Cancel, after: TimeSpan.FromSeconds(6));

        await h.SucceedAsync(second, Cancel);
        await h.SucceedAsync(third, Cancel);
        await h.DrainAsync(Cancel);
        await h.PumpAsync(Cancel, after: TimeSpan.FromSeconds(6));
        var status = await h.StatusAsync(Cancel);

        var phases = status.GetProperty("runs").EnumerateArray().ToDictionary(r => r.GetProperty("image").GetString()!, r => r.GetProperty("phase").GetString());
        Assert.AreEqual("Superseded", phases[firstImage], status.GetRawText());
        Assert.AreEqual("Superseded", phases.Single(p => p.Key.Contains("bbbb", StringComparison.Ordinal)).Value, status.GetRawText());
        Assert.AreEqual("Stepping", phases[thirdImage], status.GetRawText());
        Assert.AreEqual(0, h.Platform.Versions.Single(v => v.Image == firstImage).Percent);
        Assert.AreEqual(20, h.Platform.Versions.Single(v => v.Image == thirdImage).Percent);
        Assert.DoesNotContain(v => v.Image.Contains("bbbb", StringComparison.Ordinal), h.Platform.Versions, "the middle push never deployed");
    }

    [TestMethod]
    public async Task TwoPushesAtOnce_WhileARunIsActive_TheNewestDeploys_AndTheOtherNever()
    {
        await using var h = await DeployHarness.StartAsync(Cancel);
        h.Build(h.CanaryConfig());
        var (first, _, firstImage) = DeployHarness.Push("v2", 'a');
        var (second, _, secondImage) = DeployHarness.Push("v3", 'b');
        var (third, _, thirdImage) = DeployHarness.Push("v4", 'c');
        await h.SucceedAsync(first, Cancel);
        await h.DrainAsync(Cancel);

        await Task.WhenAll(h.SucceedAsync(second, Cancel), h.SucceedAsync(third, Cancel));
        await h.DrainAsync(Cancel);
        await h.PumpAsync(Cancel, after: TimeSpan.FromMinutes(1));
        await h.PumpAsync(Cancel, after: TimeSpan.FromSeconds(6));
        var status = await h.StatusAsync(Cancel);

        var phases = status.GetProperty("runs").EnumerateArray().ToDictionary(r => r.GetProperty("image").GetString()!, r => r.GetProperty("phase").GetString());
        // Two pushes at once have no order but the one the store gives them: whichever was queued last deploys, the
        // other gives way without deploying — never both given way (the bug this guards against), never both running.
        Assert.AreEqual("Superseded", phases[firstImage], status.GetRawText());
        var pair = new[] { secondImage, thirdImage };
        var winner = pair.Single(i => phases[i] == "Stepping");
        var loser = pair.Single(i => i != winner);
        Assert.AreEqual("Superseded", phases[loser], status.GetRawText());
        Assert.DoesNotContain(v => v.Image == loser, h.Platform.Versions, "the push that gave way never deployed");
        Assert.AreEqual(20, h.Platform.Versions.Single(v => v.Image == winner).Percent);
    }

    [TestMethod]
    public async Task Retry_AfterAFailedHealthCheck_RedrivesTheSameRunFromTheFailedStep()
    {
        await using var h = await DeployHarness.StartAsync(Cancel);
        h.Build(h.CanaryConfig());
        var newVersion = $"{h.Service}-002";
        h.App.SetHealth(newVersion, "unhealthy");
        var (push, _, image) = DeployHarness.Push("v2", 'd');
        await h.SucceedAsync(push, Cancel);
        await h.DrainAsync(Cancel);
        for (var i = 0; i < 3; i++)
        {
            await h.PumpAsync(Cancel, after: TimeSpan.FromSeconds(6));
        }

        var failed = await h.StatusAsync(Cancel);
        h.App.SetHealth(newVersion, "healthy");
        var retry = await h.CommandAsync("retry", Cancel);
        await h.DrainAsync(Cancel);
        await h.PumpAsync(Cancel, after: TimeSpan.FromSeconds(6));
        await h.PumpAsync(Cancel, after: TimeSpan.FromSeconds(6));
        var status = await h.StatusAsync(Cancel);

        Assert.AreEqual("Failed", failed.GetProperty("runs")[0].GetProperty("phase").GetString(), failed.GetRawText());
        Assert.IsTrue(retry.GetProperty("accepted").GetBoolean(), retry.GetRawText());
        Assert.AreEqual(1, status.GetProperty("runs").GetArrayLength(), "the same run, not a new one");
        Assert.AreEqual("Stepping", status.GetProperty("runs")[0].GetProperty("phase").GetString(), status.GetRawText());
        // The rollback took the failed version off the platform, so the retry deployed the same image again.
        Assert.AreEqual(20, h.Platform.Versions.Last(v => v.Image == image).Percent);
        Assert.AreEqual(80, h.Platform.Versions.Single(v => v.Image == DeployHarness.StableImage).Percent);
    }

    [TestMethod]
    public async Task BlueGreen_WaitsForPromotion_SwitchesAllTraffic_AndKeepsTheOldVersionWarm()
    {
        await using var h = await DeployHarness.StartAsync(Cancel);
        h.Build(h.BlueGreenConfig());
        var (push, _, image) = DeployHarness.Push("v2", 'e');
        await h.SucceedAsync(push, Cancel);
        await h.DrainAsync(Cancel);
        h.App.SetErrorRate($"{h.Service}-002", 0.0);
        await h.PumpAsync(Cancel, after: TimeSpan.FromSeconds(6));
        await h.PumpAsync(Cancel, after: TimeSpan.FromMinutes(1));
        await h.PumpAsync(Cancel, after: TimeSpan.FromMinutes(1));
        var gated = await h.StatusAsync(Cancel);
        var previewTraffic = h.Platform.Versions.Single(v => v.Image == image).Percent;

        await h.CommandAsync("promote", Cancel);
        await h.DrainAsync(Cancel);
        var warm = await h.StatusAsync(Cancel);
        await h.PumpAsync(Cancel, after: TimeSpan.FromMinutes(11));
        var done = await h.StatusAsync(Cancel);

        Assert.AreEqual(0, previewTraffic, "the preview takes no traffic before promotion");
        Assert.Contains("pause until promoted", gated.GetProperty("runs")[0].GetProperty("step").GetString()!, gated.GetRawText());
        Assert.Contains("keepWarm", warm.GetProperty("runs")[0].GetProperty("step").GetString()!, warm.GetRawText());
        Assert.AreEqual("Succeeded", done.GetProperty("runs")[0].GetProperty("phase").GetString(), done.GetRawText());
        Assert.AreEqual(100, h.Platform.Versions.Single(v => v.Image == image).Percent);
    }

    [TestMethod]
    public async Task Rollback_ToAnEarlierRevision_GoesStraightToAllTraffic_WithoutAnalysis()
    {
        await using var h = await DeployHarness.StartAsync(Cancel);
        h.Build(h.CanaryConfig());
        var (v2, _, v2Image) = DeployHarness.Push("v2", 'f');
        var (v3, _, v3Image) = DeployHarness.Push("v3", '9');
        foreach (var push in new[] { v2, v3 })
        {
            await h.SucceedAsync(push, Cancel);
            await h.DrainAsync(Cancel);
            await h.CommandAsync("promoteFull", Cancel);
            await h.DrainAsync(Cancel);
        }

        var v2Version = h.Platform.Versions.First(v => v.Image == v2Image).Name;
        var rollback = await h.CommandAsync("rollback", Cancel, $",\"revision\":\"{v2Version}\"");
        await h.DrainAsync(Cancel);
        var status = await h.StatusAsync(Cancel);
        var noRevision = await h.InvokeAsync($$"""{"command":"rollback","service":"{{h.Service}}","revision":"nope-001"}""", Cancel);

        Assert.IsTrue(rollback.GetProperty("accepted").GetBoolean(), rollback.GetRawText());
        var run = status.GetProperty("runs")[0];
        Assert.AreEqual("Succeeded", run.GetProperty("phase").GetString(), status.GetRawText());
        Assert.Contains("1/1", run.GetProperty("step").GetString()!, "one step: all traffic, no analysis");
        Assert.AreEqual(100, h.Platform.Versions.Where(v => v.Image == v2Image).Sum(v => v.Percent));
        Assert.AreEqual(0, h.Platform.Versions.Single(v => v.Image == v3Image).Percent);
        Assert.Contains("give its 'image' instead", noRevision.Error!.ErrorMessage);
    }
}
