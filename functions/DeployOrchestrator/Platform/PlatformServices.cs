using Functions.Scf.Hosting;
using Functions.TencentCloud.CloudRun;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Functions.DeployOrchestrator.Platform;

/// <summary>Registers what performs a run's actions: the CloudBase Run deployer, the health probe and the Prometheus analysis.</summary>
internal static class PlatformServices
{
    // One client per process for probes and queries; each request carries its own timeout.
    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), ConnectTimeout = TimeSpan.FromSeconds(5) })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public static void Add(FunctionServices function)
    {
        var platform = PlatformSettings.Read(function.Settings);
        var services = function.Services;
        services.AddSingleton(platform);
        services.AddSingleton(sp => new CloudRunDeployer(sp.GetRequiredService<CloudRunClient>(), platform.EnvId, sp.GetRequiredService<ILogger<CloudRunDeployer>>()));
        services.AddSingleton(sp => new HttpHealthProbe(Http, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new PrometheusAnalysis(
            platform.PrometheusUrl is { } url ? new PrometheusQueryClient(Http, url, platform.PrometheusTimeout, sp.GetRequiredService<TimeProvider>()) : null));
        services.AddSingleton<IRunExecutor, RunExecutor>();
    }
}
