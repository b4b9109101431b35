using Functions.Autoscaler.Metrics.CloudMonitor;
using Functions.TencentCloud.CloudRun;
using Functions.TencentCloud.Credentials;
using Functions.TencentCloud.Monitor;
using Functions.TestSupport.CloudApi;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.Autoscaler.Tests.Metrics;

/// <summary>The signature-verifying API emulator with one service, and a Cloud Monitor source signed in to it.</summary>
internal sealed class EmulatedMonitor : IAsyncDisposable
{
    public const string EnvId = "env-1";
    public const string Service = "superinsight";
    private const string SecretId = "AKIDautoscalerMetrics001";
    private const string SecretKey = "autoscaler-metrics-test-key";

    private EmulatedMonitor(TencentCloudApiEmulator emulator, CloudMonitorMetricsSource source)
    {
        Emulator = emulator;
        Source = source;
    }

    public TencentCloudApiEmulator Emulator { get; }

    public CloudMonitorMetricsSource Source { get; }

    /// <summary>The service, with one version taking all traffic and four instances.</summary>
    public CloudRunService CloudRunService => Emulator.CloudRun.Get(EnvId, Service);

    public static async Task<EmulatedMonitor> StartAsync(string? serviceId = null)
    {
        var emulator = await TencentCloudApiEmulator.StartAsync();
        emulator.CloudRun.AddService(EnvId, Service, "ccr.ccs.tencentyun.com/superinsight/api:v1").Instances = 4;
        var client = emulator.CreateClient(new TencentCloudCredentials(SecretId, SecretKey), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(2));
        var source = new CloudMonitorMetricsSource(
            new CloudRunClient(client), new MonitorClient(client), new CloudMonitorOptions(serviceId), NullLogger<CloudMonitorMetricsSource>.Instance);
        return new EmulatedMonitor(emulator, source);
    }

    /// <summary>Sets a version's QCE/TCB_DOCKER series.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="version">The version.</param>
    /// <param name="samples">The samples.</param>
    /// <param name="serviceId">The serviceid dimension.</param>
    public void SetVersionSeries(string metric, string version, IEnumerable<(DateTimeOffset, double)> samples, string serviceId = Service) =>
        Emulator.Monitor.SetSeries(
            CloudRunMetric.Namespace, metric, new Dictionary<string, string> { ["envid"] = EnvId, ["serviceid"] = serviceId, ["versionid"] = version }, samples);

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}
