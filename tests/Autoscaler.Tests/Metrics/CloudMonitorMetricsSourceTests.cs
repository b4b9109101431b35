using Functions.Autoscaler.Metrics;
using Functions.Autoscaler.Policy;
using Functions.TencentCloud.Monitor;
using Functions.TestSupport.CloudApi;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.Autoscaler.Tests.Metrics;

/// <summary>The Cloud Monitor source against the signature-verifying API emulator.</summary>
[TestClass]
public sealed class CloudMonitorMetricsSourceTests
{
    private static readonly MetricTarget[] Targets =
        [new("cpu", MetricKind.Utilization, 70), new("memory", MetricKind.Utilization, 80), new("requests", MetricKind.AverageValue, 100)];

    // Half a minute into a minute: the period that started at Minute is still being summed.
    private static readonly DateTimeOffset Minute = Truncate(TimeProvider.System.GetUtcNow(), TimeSpan.FromMinutes(1));
    private static readonly DateTimeOffset Now = Minute.AddSeconds(30);
    private static readonly DateTimeOffset FiveMinutes = Truncate(Now, TimeSpan.FromMinutes(5));

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Read_TwoServingVersions_UtilisationIsTheRatioOfSums_RequestsTheNewestCompleteCurveSample()
    {
        await using var cloud = await EmulatedMonitor.StartAsync();
        TwoVersions(cloud);
        cloud.SetVersionSeries(CloudRunMetric.VersionCpuUsed, "superinsight-001", [(Minute.AddMinutes(-2), 0.3), (Minute.AddMinutes(-1), 1.5), (Minute, 0.1)]);
        cloud.SetVersionSeries(CloudRunMetric.VersionResourceCpu, "superinsight-001", [(Minute.AddMinutes(-2), 3), (Minute.AddMinutes(-1), 3), (Minute, 3)]);
        cloud.SetVersionSeries(CloudRunMetric.VersionCpuUsed, "superinsight-002", [(Minute.AddMinutes(-1), 0.5)]);
        cloud.SetVersionSeries(CloudRunMetric.VersionResourceCpu, "superinsight-002", [(Minute.AddMinutes(-1), 1)]);
        cloud.SetVersionSeries(CloudRunMetric.VersionMemUsedNoCache, "superinsight-001", [(Minute.AddMinutes(-1), 1024)]);
        cloud.SetVersionSeries(CloudRunMetric.VersionResourceMem, "superinsight-001", [(Minute.AddMinutes(-1), 6144)]);
        cloud.SetVersionSeries(CloudRunMetric.VersionMemUsedNoCache, "superinsight-002", [(Minute.AddMinutes(-1), 1024)]);
        cloud.SetVersionSeries(CloudRunMetric.VersionResourceMem, "superinsight-002", [(Minute.AddMinutes(-1), 2048)]);
        cloud.Emulator.Monitor.SetCurve(EmulatedMonitor.EnvId, EmulatedMonitor.Service, CloudRunMetric.Qps,
            [(FiveMinutes.AddMinutes(-10), 100), (FiveMinutes.AddMinutes(-5), 180), (FiveMinutes, 20)]);

        var readings = await cloud.Source.ReadAsync(Query(), TestContext.CancellationToken);

        Assert.AreEqual(50, readings[0].Value!.Value, 1e-9, "(1.5 + 0.5) / (3 + 1), not the average of 50 % and 50 %");
        Assert.AreEqual(25, readings[1].Value!.Value, 1e-9, "(1024 + 1024) / (6144 + 2048)");
        Assert.AreEqual(MetricReading.Of("requests", 180), readings[2]);
        var calls = cloud.Emulator.Calls;
        Assert.ContainsSingle(c => c.Action == "DescribeCloudRunServerDetail", calls);
        var monitorCalls = calls.Where(c => c.Action == "GetMonitorData").ToArray();
        Assert.HasCount(4, monitorCalls);
        Assert.IsTrue(monitorCalls.All(c => c.Body.GetProperty("Instances").GetArrayLength() == 2 && c.Body.GetProperty("Period").GetInt64() == 60));
        Assert.AreEqual(EmulatedMonitor.Service, calls.Single(c => c.Action == "DescribeCurveData").Body.GetProperty("ResourceID").GetString());
    }

    [TestMethod]
    public async Task Read_OnlyVersionsServingTraffic_AreCounted()
    {
        await using var cloud = await EmulatedMonitor.StartAsync();
        cloud.CloudRunService.Versions.Add(new CloudRunVersion("superinsight-002", "img:v2") { Percent = 0 });
        SetCpu(cloud, "superinsight-001", 0.5, 1);
        SetCpu(cloud, "superinsight-002", 1, 1);

        var readings = await cloud.Source.ReadAsync(Query(Targets[..1]), TestContext.CancellationToken);

        Assert.AreEqual(50, readings[0].Value!.Value, 1e-9);
    }

    [TestMethod]
    public async Task Read_ServiceIdSetting_IsTheServiceidDimension()
    {
        await using var cloud = await EmulatedMonitor.StartAsync(serviceId: "3");
        SetCpu(cloud, "superinsight-001", 0.25, 1, serviceId: "3");

        var readings = await cloud.Source.ReadAsync(Query(Targets[..1]), TestContext.CancellationToken);

        Assert.AreEqual(25, readings[0].Value!.Value, 1e-9);
    }

    [TestMethod]
    public async Task Read_StaleOrAbsentSamples_AreMissing_SayingWhy()
    {
        await using var cloud = await EmulatedMonitor.StartAsync();
        cloud.SetVersionSeries(CloudRunMetric.VersionCpuUsed, "superinsight-001", [(Minute.AddMinutes(-5), 0.5)]);
        cloud.SetVersionSeries(CloudRunMetric.VersionResourceCpu, "superinsight-001", [(Minute.AddMinutes(-5), 1)]);
        cloud.Emulator.Monitor.SetCurve(EmulatedMonitor.EnvId, EmulatedMonitor.Service, CloudRunMetric.Qps, [(FiveMinutes.AddMinutes(-20), 100)]);

        var readings = await cloud.Source.ReadAsync(Query(), TestContext.CancellationToken);

        Assert.IsTrue(readings.All(r => r.Value is null));
        Assert.Contains("version superinsight-001: VersionCpuUsed newest sample at", readings[0].Problem!);
        Assert.Contains("is stale", readings[0].Problem!);
        Assert.Contains("VersionMemUsedNoCache no samples since", readings[1].Problem!);
        Assert.Contains("serviceid=superinsight; set AUTOSCALER_MONITOR_SERVICE_ID", readings[1].Problem!, "nothing at all came back: the dimension may be wrong");
        Assert.Contains("no usable TkeQPSService sample of superinsight", readings[2].Problem!);
        Assert.Contains("is stale", readings[2].Problem!);
        Assert.Contains("that ended in the 10 min before", readings[2].Problem!, "5-minute curves get at least two periods");
    }

    [TestMethod]
    public async Task Read_ThrottledCalls_AreRetriedByTheApiClient()
    {
        await using var cloud = await EmulatedMonitor.StartAsync();
        SetCpu(cloud, "superinsight-001", 0.75, 1);
        cloud.Emulator.FailNext("DescribeCloudRunServerDetail", 1);
        cloud.Emulator.FailNext("GetMonitorData", 2);

        var readings = await cloud.Source.ReadAsync(Query(Targets[..1]), TestContext.CancellationToken);

        Assert.AreEqual(75, readings[0].Value!.Value, 1e-9);
        Assert.HasCount(3, cloud.Emulator.Calls, "the refused attempts never reached the service");
    }

    [TestMethod]
    public async Task Read_OneMetricsCallFails_OnlyThatMetricIsMissing()
    {
        await using var cloud = await EmulatedMonitor.StartAsync();
        SetCpu(cloud, "superinsight-001", 0.75, 1);
        cloud.Emulator.FailNext("DescribeCurveData", 1, "UnsupportedOperation");

        var readings = await cloud.Source.ReadAsync(Query([Targets[0], Targets[2]]), TestContext.CancellationToken);

        Assert.AreEqual(75, readings[0].Value!.Value, 1e-9);
        Assert.IsNull(readings[1].Value);
        Assert.Contains("CloudBase DescribeCurveData TkeQPSService could not be read: tcb DescribeCurveData failed: UnsupportedOperation", readings[1].Problem!);
    }

    [TestMethod]
    public async Task Read_EmulatorDown_EveryMetricIsMissingWithTheError()
    {
        var cloud = await EmulatedMonitor.StartAsync();
        await cloud.DisposeAsync();
        var composite = new CompositeMetricsSource(
            new Dictionary<MetricsSourceKind, IMetricsSource> { [MetricsSourceKind.CloudMonitor] = cloud.Source },
            MetricsRouting.CloudMonitorOnly,
            NullLogger<CompositeMetricsSource>.Instance);

        var direct = await Assert.ThrowsExactlyAsync<MetricsSourceException>(() => cloud.Source.ReadAsync(Query(), TestContext.CancellationToken));
        var readings = await composite.ReadAsync(Query(), TestContext.CancellationToken);

        Assert.StartsWith("Cloud Monitor source: cannot list the versions of superinsight in env-1: tcbr DescribeCloudRunServerDetail failed: ClientNetworkError", direct.Message);
        Assert.HasCount(3, readings);
        Assert.IsTrue(readings.All(r => r.Value is null && r.Problem!.StartsWith("Cloud Monitor source: cannot list the versions", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Read_NoInstancesOrAMetricItDoesNotServe_IsMissing_WithoutCalls()
    {
        await using var cloud = await EmulatedMonitor.StartAsync();

        var readings = await cloud.Source.ReadAsync(Query([Targets[0], new("queue_depth", MetricKind.Value, 10)]) with { CurrentInstances = 0 }, TestContext.CancellationToken);

        Assert.AreEqual(MetricReading.Missing("cpu", "no instances are running, so there is no utilisation to read"), readings[0]);
        Assert.AreEqual(
            MetricReading.Missing("queue_depth", "Cloud Monitor serves only cpu, memory, requests; route 'queue_depth' to prometheus in AUTOSCALER_METRICS_SOURCE"), readings[1]);
        Assert.IsEmpty(cloud.Emulator.Calls);
    }

    private static MetricsQuery Query(IReadOnlyList<MetricTarget>? targets = null) =>
        new(EmulatedMonitor.EnvId, EmulatedMonitor.Service, targets ?? Targets, 4, Now, MetricsQuery.DefaultLookBack);

    private static void TwoVersions(EmulatedMonitor cloud)
    {
        var service = cloud.CloudRunService;
        service.Versions[0].Percent = 50;
        service.Versions.Add(new CloudRunVersion("superinsight-002", "img:v2") { Percent = 50 });
    }

    private static void SetCpu(EmulatedMonitor cloud, string version, double used, double spec, string serviceId = EmulatedMonitor.Service)
    {
        cloud.SetVersionSeries(CloudRunMetric.VersionCpuUsed, version, [(Minute.AddMinutes(-1), used)], serviceId);
        cloud.SetVersionSeries(CloudRunMetric.VersionResourceCpu, version, [(Minute.AddMinutes(-1), spec)], serviceId);
    }

    private static DateTimeOffset Truncate(DateTimeOffset time, TimeSpan unit) => new(time.UtcTicks - (time.UtcTicks % unit.Ticks), TimeSpan.Zero);
}
