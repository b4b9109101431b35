using System.Text.Json.Serialization.Metadata;
using Functions.TencentCloud.Api;
using Functions.TencentCloud.Monitor;
using Functions.TencentCloud.Scf;
using Functions.TencentCloud.Ssm;
using Functions.TencentCloud.Tests.Api;

namespace Functions.TencentCloud.Tests.Services;

/// <summary>Cloud Monitor, CloudBase curves, SCF Invoke and Secrets Manager against the emulator.</summary>
[TestClass]
public sealed class MonitorScfSsmTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task GetSeries_ReturnsEachInstancesSamplesInTheWindow()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        var v1 = CloudRunMetric.Version("env-1", "3", "superinsight-001");
        var v2 = CloudRunMetric.Version("env-1", "3", "superinsight-002");
        cloud.Emulator.Monitor.SetSeries(CloudRunMetric.Namespace, CloudRunMetric.VersionCpuUsed, Dims(v1), [(T0, 0.5), (T0.AddMinutes(1), 0.75), (T0.AddHours(2), 9)]);
        cloud.Emulator.Monitor.SetSeries(CloudRunMetric.Namespace, CloudRunMetric.VersionCpuUsed, Dims(v2), [(T0, 0.25)]);

        var series = await new MonitorClient(cloud.Client).GetSeriesAsync(
            CloudRunMetric.Namespace, CloudRunMetric.VersionCpuUsed, [v1, v2], TimeSpan.FromMinutes(1), T0, T0.AddMinutes(10), TestContext.CancellationToken);

        Assert.AreSequenceEqual(new[] { new MetricSample(T0, 0.5), new MetricSample(T0.AddMinutes(1), 0.75) }, series[0]);
        Assert.AreSequenceEqual(new[] { new MetricSample(T0, 0.25) }, series[1]);
        Assert.AreEqual("ap-shanghai", cloud.Emulator.Calls.Single().Region);
    }

    [TestMethod]
    public async Task GetSeries_MoreThanTenInstances_IsRefused()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        var instances = Enumerable.Range(0, 11).Select(i => CloudRunMetric.Version("env-1", "3", $"v{i}")).ToArray();

        await Assert.ThrowsExactlyAsync<ArgumentException>(() => new MonitorClient(cloud.Client).GetSeriesAsync(
            CloudRunMetric.Namespace, CloudRunMetric.VersionCpuUsed, instances, TimeSpan.FromMinutes(1), T0, T0.AddMinutes(5), TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task GetCloudRunCurve_ReadsRequestMetricsByServiceName()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        cloud.Emulator.Monitor.SetCurve("env-1", "superinsight", CloudRunMetric.Qps, [(T0, 120.5), (T0.AddMinutes(5), 240)]);

        var curve = await new MonitorClient(cloud.Client).GetCloudRunCurveAsync("env-1", "superinsight", CloudRunMetric.Qps, T0, T0.AddMinutes(10), TestContext.CancellationToken);

        Assert.AreSequenceEqual(new[] { new MetricSample(T0, 120.5), new MetricSample(T0.AddMinutes(5), 240) }, curve);
        Assert.AreEqual("tcb", cloud.Emulator.Calls.Single().Service);
    }

    [TestMethod]
    public async Task Invoke_SyncReturnsTheResult_AsyncIsRecorded_ErrorsAreTyped()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        cloud.Emulator.Scf.AddFunction("superinsight-ops-autoscaler", e => e.Contains("fail", StringComparison.Ordinal) ? (null, "boom") : ("{\"ok\":true}", null));
        var scf = new ScfClient(cloud.Client);
        var target = new InvokeTarget("superinsight-ops-autoscaler", Async: false, Qualifier: "$DEFAULT");

        var sync = await scf.InvokeAsync(target, new CommandPayload("status"), Payload, TestContext.CancellationToken);
        var async = await scf.InvokeAsync(target with { Async = true }, new CommandPayload("scale"), Payload, TestContext.CancellationToken);
        var failed = await Assert.ThrowsExactlyAsync<FunctionInvocationException>(() => scf.InvokeAsync(target, new CommandPayload("fail"), Payload, TestContext.CancellationToken));
        var missing = await Assert.ThrowsExactlyAsync<TencentCloudApiException>(() =>
            scf.InvokeAsync(new InvokeTarget("nope", Async: true), new CommandPayload("x"), Payload, TestContext.CancellationToken));

        Assert.AreEqual("{\"ok\":true}", sync.RetMsg);
        Assert.IsFalse(string.IsNullOrEmpty(async.FunctionRequestId));
        var recorded = cloud.Emulator.Scf.Invocations;
        Assert.AreEqual("{\"command\":\"scale\"}", recorded[1].Event, "the event travels as JSON text in ClientContext");
        Assert.IsTrue(recorded[1].Async);
        Assert.AreEqual("$DEFAULT", recorded[0].Qualifier);
        Assert.Contains("boom", failed.Message);
        Assert.AreEqual("ResourceNotFound.Function", missing.Code);
    }

    [TestMethod]
    public async Task GetSecret_WithoutVersion_ReadsTheNewest()
    {
        await using var cloud = await EmulatedCloud.StartAsync();
        cloud.Emulator.Ssm.Put("wecom-webhook", "old-value", "v1");
        cloud.Emulator.Ssm.Put("wecom-webhook", "new-value", "v2");
        var ssm = new SsmClient(cloud.Client);

        var newest = await ssm.GetSecretAsync("wecom-webhook", null, TestContext.CancellationToken);
        var pinned = await ssm.GetSecretAsync("wecom-webhook", "v1", TestContext.CancellationToken);
        var missing = await Assert.ThrowsExactlyAsync<TencentCloudApiException>(() => ssm.GetSecretAsync("nope", null, TestContext.CancellationToken));

        Assert.AreEqual("new-value", newest);
        Assert.AreEqual("old-value", pinned);
        Assert.AreEqual("ResourceNotFound.SecretNotExist", missing.Code);
    }

    private static Dictionary<string, string> Dims(MonitorInstance instance) => instance.Dimensions.ToDictionary(d => d.Name, d => d.Value);

    private static JsonTypeInfo<CommandPayload> Payload => TestJsonContext.Default.CommandPayload;
}
