using Functions.DeployOrchestrator.Domain;
using Functions.TencentCloud.Api;

namespace Functions.DeployOrchestrator.Tests.Platform;

/// <summary>Traffic, finalise and rollback against the tcbr emulator, after a real gray deploy.</summary>
[TestClass]
public sealed class CloudRunDeployerTrafficTests
{
    private const string Svc = EmulatedPlatform.Service;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task SetTraffic_SplitsStableAndNew_AndASecondCallChangesNothing()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        var run = await DeployAsync(platform);

        var first = await platform.Deployer.SetTrafficAsync(run, 20, TestContext.CancellationToken);
        var second = await platform.Deployer.SetTrafficAsync(run, 20, TestContext.CancellationToken);

        Assert.AreEqual(new TrafficResult(20), first);
        Assert.AreEqual(new TrafficResult(20), second);
        Assert.AreEqual(1, platform.CallsOf("ReleaseGray"));
        Assert.AreSequenceEqual(new[] { "superinsight-001=80", "superinsight-002=20" }, platform.Split);
    }

    [TestMethod]
    public async Task SetTraffic_FirstDeploy_NewVersionGetsAll()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        platform.CloudRunService.Versions.Clear();
        var run = await DeployAsync(platform);

        var result = await platform.Deployer.SetTrafficAsync(run, 10, TestContext.CancellationToken);

        Assert.AreEqual(new TrafficResult(100), result);
        Assert.AreSequenceEqual(new[] { "superinsight-001=100" }, platform.Split);
    }

    [TestMethod]
    public async Task SetTraffic_Throttled_RetriedByTheClient()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        var run = await DeployAsync(platform);
        platform.Emulator.FailNext("ReleaseGray", 2, ApiErrorCodes.RequestLimitExceeded);

        var result = await platform.Deployer.SetTrafficAsync(run, 50, TestContext.CancellationToken);

        Assert.AreEqual(new TrafficResult(50), result);
        Assert.AreSequenceEqual(new[] { "superinsight-001=50", "superinsight-002=50" }, platform.Split);
    }

    [TestMethod]
    public async Task SetTraffic_ThrottledBeyondTheBudget_FailsTransient()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        var run = await DeployAsync(platform);
        platform.Emulator.FailNext("ReleaseGray", 1000, ApiErrorCodes.RequestLimitExceeded);

        var result = await platform.Deployer.SetTrafficAsync(run, 50, TestContext.CancellationToken);

        Assert.IsTrue(Assert.IsInstanceOfType<FailedResult>(result).Transient);
        Assert.AreSequenceEqual(new[] { "superinsight-001=100", "superinsight-002=0" }, platform.Split);
    }

    [TestMethod]
    public async Task Finalise_AllTrafficToNew_ReleaseDone_AndAgainIsHarmless()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        var run = await DeployAsync(platform);
        await platform.Deployer.SetTrafficAsync(run, 50, TestContext.CancellationToken);

        var result = await platform.Deployer.FinaliseAsync(run, TestContext.CancellationToken);
        var again = await platform.Deployer.FinaliseAsync(run, TestContext.CancellationToken);

        Assert.IsInstanceOfType<FinalisedResult>(result);
        Assert.IsInstanceOfType<FinalisedResult>(again);
        Assert.AreSequenceEqual(new[] { "superinsight-001=0", "superinsight-002=100" }, platform.Split);
        Assert.AreEqual("finished", platform.CloudRunService.Tasks[run.ReleaseTaskId!.Value].Status);
        Assert.AreEqual(1, platform.CallsOf("OperateServerManage"));
        Assert.AreEqual("done", platform.Emulator.Calls.Single(c => c.Action == "OperateServerManage").Body.GetProperty("OperateType").GetString());
    }

    [TestMethod]
    public async Task Rollback_TrafficBackToStable_ReleaseGoneBack_NewVersionOffline()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        var run = await DeployAsync(platform);
        await platform.Deployer.SetTrafficAsync(run, 30, TestContext.CancellationToken);

        var result = await platform.Deployer.RollbackAsync(run, "analysis failed", TestContext.CancellationToken);
        var again = await platform.Deployer.RollbackAsync(run, "analysis failed", TestContext.CancellationToken);
        var online = await platform.Client.DescribeServiceAsync(EmulatedPlatform.EnvId, Svc, TestContext.CancellationToken);

        Assert.IsInstanceOfType<RolledBackResult>(result);
        Assert.IsInstanceOfType<RolledBackResult>(again);
        Assert.AreSequenceEqual(new[] { "superinsight-001=100", "superinsight-002=0" }, platform.Split);
        Assert.AreEqual("rolled_back", platform.CloudRunService.Tasks[run.ReleaseTaskId!.Value].Status);
        Assert.AreEqual("superinsight-001", online.OnlineVersionInfos!.Single().VersionName);
        Assert.AreEqual(1, platform.CallsOf("OperateServerManage"));
    }

    [TestMethod]
    public async Task Rollback_FirstDeploy_CancelsTheRelease()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        platform.CloudRunService.Versions.Clear();
        var run = await DeployAsync(platform);

        var result = await platform.Deployer.RollbackAsync(run, "health check failed", TestContext.CancellationToken);

        Assert.IsInstanceOfType<RolledBackResult>(result);
        Assert.AreEqual("cancelled", platform.CloudRunService.Tasks[run.ReleaseTaskId!.Value].Status);
        Assert.AreEqual(0, platform.CallsOf("ReleaseGray"));
    }

    [TestMethod]
    public async Task SetTraffic_PlatformDown_FailsTransient()
    {
        var platform = await EmulatedPlatform.StartAsync();
        var run = await DeployAsync(platform);
        await platform.DisposeAsync();

        var result = await platform.Deployer.SetTrafficAsync(run, 10, TestContext.CancellationToken);

        Assert.IsTrue(Assert.IsInstanceOfType<FailedResult>(result).Transient);
    }

    private async Task<RunState> DeployAsync(EmulatedPlatform platform)
    {
        var run = Runs.New(Svc, EmulatedPlatform.V2);
        var deployed = Assert.IsInstanceOfType<DeployedResult>(await platform.Deployer.DeployAsync(run, EmulatedPlatform.V2, TestContext.CancellationToken));
        return Runs.Deployed(run, deployed);
    }
}
