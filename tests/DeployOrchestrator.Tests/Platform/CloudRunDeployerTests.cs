using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.Tests.Platform;

/// <summary>Deploy and readiness against the signature-verifying tcbr emulator.</summary>
[TestClass]
public sealed class CloudRunDeployerTests
{
    private const string Env = EmulatedPlatform.EnvId;
    private const string Svc = EmulatedPlatform.Service;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Deploy_NewImage_GrayReleaseWithNoTrafficAndStableRecorded()
    {
        await using var platform = await EmulatedPlatform.StartAsync();

        var result = await platform.Deployer.DeployAsync(Runs.New(Svc, EmulatedPlatform.V2), EmulatedPlatform.V2, TestContext.CancellationToken);

        var deployed = Assert.IsInstanceOfType<DeployedResult>(result);
        Assert.AreEqual("superinsight-002", deployed.Version);
        Assert.AreEqual("superinsight-001", deployed.StableVersion);
        Assert.IsFalse(deployed.Reused);
        Assert.AreEqual("GRAY", platform.CloudRunService.Tasks[deployed.TaskId!.Value].ReleaseType);
        Assert.AreSequenceEqual(new[] { "superinsight-001=100", "superinsight-002=0" }, platform.Split);
        Assert.AreEqual(EmulatedPlatform.V2, platform.CloudRunService.Versions[1].Image);
    }

    [TestMethod]
    public async Task Deploy_SameImageAgain_ReusedWithoutASecondVersion()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        var run = Runs.New(Svc, EmulatedPlatform.V2);
        var first = Assert.IsInstanceOfType<DeployedResult>(await platform.Deployer.DeployAsync(run, EmulatedPlatform.V2, TestContext.CancellationToken));

        var again = await platform.Deployer.DeployAsync(run, EmulatedPlatform.V2, TestContext.CancellationToken);

        Assert.AreEqual(first with { Reused = true }, again);
        Assert.AreEqual(1, platform.CallsOf("UpdateCloudRunServer"));
        Assert.HasCount(2, platform.CloudRunService.Versions);
    }

    [TestMethod]
    public async Task Deploy_AnswerLost_FailsTransientThenReRunFindsTheVersionAndDoesNotDeployTwice()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        var run = Runs.New(Svc, EmulatedPlatform.V2);
        platform.Emulator.LoseResponseNext("UpdateCloudRunServer", 1);

        var lost = await platform.Deployer.DeployAsync(run, EmulatedPlatform.V2, TestContext.CancellationToken);
        var rerun = await platform.Deployer.DeployAsync(run, EmulatedPlatform.V2, TestContext.CancellationToken);

        Assert.IsTrue(Assert.IsInstanceOfType<FailedResult>(lost).Transient, lost.ToString());
        var found = Assert.IsInstanceOfType<DeployedResult>(rerun);
        Assert.AreEqual(new DeployedResult("superinsight-002", platform.CloudRunService.Tasks.Keys.Single(), "superinsight-001", true), found);
        Assert.AreEqual(1, platform.CallsOf("UpdateCloudRunServer"));
        Assert.HasCount(2, platform.CloudRunService.Versions);
    }

    [TestMethod]
    public async Task Deploy_AnotherImageBeingReleased_FailsTransientWithoutDeploying()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        await platform.Client.DeployImageAsync(Env, Svc, "ccr.ccs.tencentyun.com/superinsight/api:other", gray: true, "someone else", TestContext.CancellationToken);

        var result = await platform.Deployer.DeployAsync(Runs.New(Svc, EmulatedPlatform.V2), EmulatedPlatform.V2, TestContext.CancellationToken);

        var failed = Assert.IsInstanceOfType<FailedResult>(result);
        Assert.IsTrue(failed.Transient);
        Assert.Contains("a release is in progress", failed.Message);
        Assert.AreEqual(1, platform.CallsOf("UpdateCloudRunServer"));
    }

    [TestMethod]
    public async Task Deploy_FirstVersionOfAnEmptyService_HasNoStableVersion()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        platform.CloudRunService.Versions.Clear();

        var result = await platform.Deployer.DeployAsync(Runs.New(Svc, EmulatedPlatform.V2), EmulatedPlatform.V2, TestContext.CancellationToken);

        var deployed = Assert.IsInstanceOfType<DeployedResult>(result);
        Assert.IsNull(deployed.StableVersion);
        Assert.AreEqual("superinsight-001", deployed.Version);
    }

    [TestMethod]
    public async Task Deploy_UnknownService_FailsPermanently()
    {
        await using var platform = await EmulatedPlatform.StartAsync();

        var result = await platform.Deployer.DeployAsync(Runs.New("nope", EmulatedPlatform.V2), EmulatedPlatform.V2, TestContext.CancellationToken);

        var failed = Assert.IsInstanceOfType<FailedResult>(result);
        Assert.IsFalse(failed.Transient);
        Assert.Contains("ResourceNotFound", failed.Message);
    }

    [TestMethod]
    public async Task AwaitReady_DeployedVersionOnline_Ready()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        var run = Runs.New(Svc, EmulatedPlatform.V2);
        var deployed = (DeployedResult)await platform.Deployer.DeployAsync(run, EmulatedPlatform.V2, TestContext.CancellationToken);

        var result = await platform.Deployer.AwaitReadyAsync(Runs.Deployed(run, deployed), TestContext.CancellationToken);

        var ready = Assert.IsInstanceOfType<ReadinessResult>(result);
        Assert.IsTrue(ready.Ready, ready.Detail);
        Assert.IsFalse(ready.Broken);
    }

    [TestMethod]
    public async Task AwaitReady_ReleaseTaskFailed_Broken()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        var run = Runs.New(Svc, EmulatedPlatform.V2);
        var deployed = (DeployedResult)await platform.Deployer.DeployAsync(run, EmulatedPlatform.V2, TestContext.CancellationToken);
        var task = platform.CloudRunService.Tasks[deployed.TaskId!.Value];
        task.Status = "failed";
        task.FailReason = "image pull failed";

        var result = await platform.Deployer.AwaitReadyAsync(Runs.Deployed(run, deployed), TestContext.CancellationToken);

        Assert.AreEqual(new ReadinessResult(false, true, $"release task {task.Id} failed: image pull failed"), result);
    }

    [TestMethod]
    public async Task AwaitReady_VersionNotOnline_NotReadyYet()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        var run = Runs.New(Svc, EmulatedPlatform.V2) with { NewVersion = "superinsight-009" };

        var result = await platform.Deployer.AwaitReadyAsync(run, TestContext.CancellationToken);

        var ready = Assert.IsInstanceOfType<ReadinessResult>(result);
        Assert.IsFalse(ready.Ready);
        Assert.IsFalse(ready.Broken);
    }

    [TestMethod]
    public async Task Deploy_PlatformDown_FailsTransient()
    {
        var platform = await EmulatedPlatform.StartAsync();
        await platform.DisposeAsync();

        var result = await platform.Deployer.DeployAsync(Runs.New(Svc, EmulatedPlatform.V2), EmulatedPlatform.V2, TestContext.CancellationToken);

        var failed = Assert.IsInstanceOfType<FailedResult>(result);
        Assert.IsTrue(failed.Transient, failed.Message);
    }
}
