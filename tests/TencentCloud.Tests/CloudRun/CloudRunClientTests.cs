using Functions.TencentCloud.Api;
using Functions.TencentCloud.CloudRun;
using Functions.TencentCloud.CloudRun.Models;
using Functions.TencentCloud.Tests.Api;

namespace Functions.TencentCloud.Tests.CloudRun;

/// <summary>Every tcbr call against the emulator, through a deploy → traffic → roll back story.</summary>
[TestClass]
public sealed class CloudRunClientTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task ListServices_FollowsPagesPast30()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        for (var i = 0; i < 65; i++)
        {
            cloud.Emulator.CloudRun.AddService("env-1", $"svc-{i:00}", "tcr/app:v1");
        }

        var services = await new CloudRunClient(cloud.Client).ListServicesAsync("env-1", TestContext.CancellationToken);

        Assert.HasCount(65, services);
        Assert.HasCount(65, services.Select(s => s.ServerName).Distinct());
        Assert.HasCount(3, cloud.Emulator.Calls);
    }

    [TestMethod]
    public async Task GetStatus_ReportsVersionsTrafficScalingAndInstances()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        var service = cloud.Emulator.CloudRun.AddService("env-1", "superinsight", "tcr/app:v1", minNum: 2, maxNum: 8);
        service.Instances = 5;

        var status = await new CloudRunClient(cloud.Client).GetStatusAsync("env-1", "superinsight", TestContext.CancellationToken);

        Assert.AreEqual("running", status.Status);
        Assert.AreEqual(new VersionTraffic("superinsight-001", 100, "tcr/app:v1"), status.Versions.Single());
        Assert.AreEqual(2L, status.MinInstances);
        Assert.AreEqual(8L, status.MaxInstances);
        Assert.AreEqual(5L, status.Instances);
        Assert.AreEqual(new HpaPolicy("cpu", 60), status.Policies.Single());
    }

    [TestMethod]
    public async Task GrayDeploy_ShiftTraffic_PollTask_ThenGoBack()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        cloud.Emulator.CloudRun.FinishTasksWhenPolled = false;
        cloud.Emulator.CloudRun.AddService("env-1", "superinsight", "tcr/app:v1");
        var client = new CloudRunClient(cloud.Client);

        var taskId = await client.DeployImageAsync("env-1", "superinsight", "tcr/app:v2@sha256:abc", gray: true, "canary", TestContext.CancellationToken);
        await client.SetTrafficAsync("env-1", "superinsight", [new("superinsight-001", 90), new("superinsight-002", 10)], "10 % canary", TestContext.CancellationToken);
        var split = await client.GetStatusAsync("env-1", "superinsight", TestContext.CancellationToken);
        var task = await client.GetTaskAsync("env-1", "superinsight", taskId, TestContext.CancellationToken);
        var order = await client.GetReleaseOrderAsync("env-1", "superinsight", TestContext.CancellationToken);
        await client.OperateReleaseAsync("env-1", "superinsight", taskId, ReleaseOperation.GoBack, "analysis failed", TestContext.CancellationToken);
        var after = await client.GetStatusAsync("env-1", "superinsight", TestContext.CancellationToken);
        var finished = await client.GetTaskAsync("env-1", "superinsight", taskId, TestContext.CancellationToken);

        Assert.AreSequenceEqual(
            new[] { new VersionTraffic("superinsight-001", 90, "tcr/app:v1"), new VersionTraffic("superinsight-002", 10, "tcr/app:v2@sha256:abc") },
            split.Versions);
        Assert.AreEqual("running", task!.Status);
        Assert.AreEqual("superinsight-002", task.VersionName);
        Assert.AreEqual("superinsight-001", task.PreVersionName);
        Assert.AreEqual("superinsight-002", order!.ReleaseVersion!.VersionName);
        Assert.AreEqual(new VersionTraffic("superinsight-001", 100, "tcr/app:v1"), after.Versions.Single());
        Assert.AreEqual("rolled_back", finished!.Status);
    }

    [TestMethod]
    public async Task Deploy_WhileATaskRuns_IsRefusedAsResourceInUse()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        cloud.Emulator.CloudRun.FinishTasksWhenPolled = false;
        cloud.Emulator.CloudRun.AddService("env-1", "superinsight", "tcr/app:v1");
        var client = new CloudRunClient(cloud.Client);
        await client.DeployImageAsync("env-1", "superinsight", "tcr/app:v2", gray: true, null, TestContext.CancellationToken);

        var error = await Assert.ThrowsExactlyAsync<TencentCloudApiException>(() =>
            client.DeployImageAsync("env-1", "superinsight", "tcr/app:v3", gray: true, null, TestContext.CancellationToken));

        Assert.AreEqual("ResourceInUse", error.Code);
    }

    [TestMethod]
    public async Task ChangeScaling_SetsBoundsPoliciesAndMode()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        var service = cloud.Emulator.CloudRun.AddService("env-1", "superinsight", "tcr/app:v1", minNum: 1, maxNum: 10);
        service.Instances = 1;

        var task = await new CloudRunClient(cloud.Client).ChangeScalingAsync(
            "env-1", "superinsight", new ScalingChange(MinInstances: 3, MaxInstances: 3, Policies: [new HpaPolicy("mem", 80)], OperationMode: "manualScale"),
            TestContext.CancellationToken);

        Assert.AreEqual(0L, task);
        Assert.AreEqual(3L, service.MinNum);
        Assert.AreEqual(3L, service.MaxNum);
        Assert.AreEqual(3L, service.Instances, "the platform keeps instances within the new bounds");
        Assert.AreEqual("manualScale", service.OperationMode);
        Assert.AreSequenceEqual(new[] { ("mem", 80L) }, service.Policies);
    }

    [TestMethod]
    public async Task BadArguments_AreRefusedBeforeAnyCall()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        var client = new CloudRunClient(cloud.Client);

        await Assert.ThrowsExactlyAsync<ArgumentException>(() =>
            client.SetTrafficAsync("env-1", "svc", [new("a", 60), new("b", 60)], null, TestContext.CancellationToken));
        await Assert.ThrowsExactlyAsync<ArgumentException>(() =>
            client.ChangeScalingAsync("env-1", "svc", new ScalingChange(MinInstances: 5, MaxInstances: 2), TestContext.CancellationToken));
        await Assert.ThrowsExactlyAsync<ArgumentException>(() =>
            client.ChangeScalingAsync("env-1", "svc", new ScalingChange(), TestContext.CancellationToken));

        Assert.IsEmpty(cloud.Emulator.Calls);
    }
}
