using Functions.TencentCloud.Api;

namespace Functions.DeployOrchestrator.Tests.Platform;

/// <summary>The emulator's lost answer: the effect happens, the caller sees only a dropped connection.</summary>
[TestClass]
public sealed class TencentCloudApiEmulatorLostResponseTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task LoseResponseNext_AppliesTheCallThenDropsTheAnswer_OnceOnly()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        platform.Emulator.CloudRun.FinishTasksWhenPolled = true;
        platform.Emulator.CloudRun.GrayReleasesStayOpen = false;
        var client = platform.Client;
        platform.Emulator.LoseResponseNext("UpdateCloudRunServer", 1);

        // UpdateCloudRunServer is not idempotent, so the client does not repeat it: the caller sees the lost answer.
        var lost = await Assert.ThrowsExactlyAsync<TencentCloudApiException>(() =>
            client.DeployImageAsync(EmulatedPlatform.EnvId, EmulatedPlatform.Service, EmulatedPlatform.V2, gray: false, null, TestContext.CancellationToken));
        var applied = platform.Split;
        platform.CloudRunService.Tasks.Values.Single().Status = "finished";
        var next = await client.DeployImageAsync(EmulatedPlatform.EnvId, EmulatedPlatform.Service, EmulatedPlatform.V1, gray: false, null, TestContext.CancellationToken);

        Assert.AreEqual(ApiErrorCodes.ClientNetworkError, lost.Code, lost.Message);
        Assert.AreSequenceEqual(new[] { "superinsight-001=0", "superinsight-002=100" }, applied);
        Assert.IsTrue(platform.CloudRunService.Tasks.ContainsKey(next));
        Assert.AreSequenceEqual(new[] { "superinsight-001=0", "superinsight-002=0", "superinsight-003=100" }, platform.Split);
    }

    [TestMethod]
    public async Task LoseResponseNext_IdempotentAction_TheClientsRetryAppliesItAgainHarmlessly()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        var client = platform.Client;
        await client.DeployImageAsync(EmulatedPlatform.EnvId, EmulatedPlatform.Service, EmulatedPlatform.V2, gray: true, null, TestContext.CancellationToken);
        platform.Emulator.LoseResponseNext("ReleaseGray", 1);

        await client.SetTrafficAsync(EmulatedPlatform.EnvId, EmulatedPlatform.Service, [new("superinsight-001", 60), new("superinsight-002", 40)], null, TestContext.CancellationToken);

        Assert.AreEqual(2, platform.CallsOf("ReleaseGray"));
        Assert.AreSequenceEqual(new[] { "superinsight-001=60", "superinsight-002=40" }, platform.Split);
    }

    [TestMethod]
    public async Task GrayReleasesStayOpen_PolledGrayTaskKeepsRunningWithItsDeployStepFinished()
    {
        await using var platform = await EmulatedPlatform.StartAsync();
        var client = platform.Client;
        var taskId = await client.DeployImageAsync(EmulatedPlatform.EnvId, EmulatedPlatform.Service, EmulatedPlatform.V2, gray: true, null, TestContext.CancellationToken);

        await client.GetTaskAsync(EmulatedPlatform.EnvId, EmulatedPlatform.Service, taskId, TestContext.CancellationToken);
        var polled = await client.GetTaskAsync(EmulatedPlatform.EnvId, EmulatedPlatform.Service, taskId, TestContext.CancellationToken);

        Assert.AreEqual("running", polled!.Status);
        Assert.AreEqual("finished", polled.Steps!.Single().Status);
    }
}
