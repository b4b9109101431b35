using Functions.Scf.Events;
using Functions.TencentCloud.CloudRun;
using Functions.TencentCloud.Monitor;
using Functions.TencentCloud.Scf;
using Functions.TencentCloud.Ssm;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.ProbeFunction;

/// <summary>Calls each typed client once, so the published NativeAOT binary proves the clients work compiled ahead of time.</summary>
internal static class CloudProbe
{
    public static async Task<CloudReport> RunAsync(IServiceProvider services, JsonFields arguments, TimeProvider time, CancellationToken cancellationToken)
    {
        var envId = arguments.RequiredString("envId");
        var service = arguments.RequiredString("service");
        var status = await services.GetRequiredService<CloudRunClient>().GetStatusAsync(envId, service, cancellationToken);
        var now = time.GetUtcNow();
        var series = await services.GetRequiredService<MonitorClient>().GetSeriesAsync(
            CloudRunMetric.Namespace, CloudRunMetric.VersionCpuUsed, [CloudRunMetric.Version(envId, "1", status.Versions[0].VersionName)],
            TimeSpan.FromMinutes(1), now.AddMinutes(-10), now, cancellationToken);
        var invoke = await services.GetRequiredService<ScfClient>().InvokeAsync(
            new InvokeTarget(arguments.RequiredString("function"), Async: true), new CredentialsReport("probe", false), ProbeJsonContext.Default.CredentialsReport, cancellationToken);
        var secret = await services.GetRequiredService<SsmClient>().GetSecretAsync(arguments.RequiredString("secret"), null, cancellationToken);
        return new CloudReport(status.Instances, status.Versions.Select(v => $"{v.VersionName}={v.Percent}").ToArray(), series[0].Count, invoke.FunctionRequestId, secret.Length);
    }
}
