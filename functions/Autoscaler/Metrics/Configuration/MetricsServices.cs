using Functions.Autoscaler.Metrics.CloudMonitor;
using Functions.Autoscaler.Metrics.Prometheus;
using Functions.Scf.Hosting;
using Functions.TencentCloud.CloudRun;
using Functions.TencentCloud.Monitor;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Functions.Autoscaler.Metrics.Configuration;

/// <summary>
/// Registers <see cref="IMetricsSource"/> (the routing composite over the configured sources) and
/// <see cref="MetricsSettings"/>. The Cloud Monitor source uses the Tencent Cloud clients, so call
/// <c>function.AddTencentCloud()</c> too.
/// </summary>
internal static class MetricsServices
{
    /// <summary>One connection pool to Prometheus for the process: a warm instance reuses it across invocations.</summary>
    private static readonly HttpClient PrometheusHttp = new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>Reads the settings (problems are recorded on the function's reader) and registers the sources.</summary>
    /// <param name="function">The function's services.</param>
    public static void Add(FunctionServices function)
    {
        var settings = MetricsSettings.Read(function.Settings);
        var services = function.Services;
        services.AddSingleton(settings);
        var used = settings.Routing.Used.ToHashSet();
        services.AddSingleton<IMetricsSource>(sp =>
        {
            var sources = new Dictionary<MetricsSourceKind, IMetricsSource>();
            if (used.Contains(MetricsSourceKind.CloudMonitor))
            {
                sources[MetricsSourceKind.CloudMonitor] = new CloudMonitorMetricsSource(
                    sp.GetRequiredService<CloudRunClient>(), sp.GetRequiredService<MonitorClient>(), settings.CloudMonitor, Logger<CloudMonitorMetricsSource>(sp));
            }

            if (settings.Prometheus is { } prometheus)
            {
                var client = new PrometheusClient(PrometheusHttp, prometheus, sp.GetRequiredService<TimeProvider>(), Logger<PrometheusClient>(sp));
                sources[MetricsSourceKind.Prometheus] = new PrometheusMetricsSource(client, prometheus, Logger<PrometheusMetricsSource>(sp));
            }

            return new CompositeMetricsSource(sources, settings.Routing, Logger<CompositeMetricsSource>(sp));
        });
    }

    private static ILogger<T> Logger<T>(IServiceProvider services) => services.GetRequiredService<ILogger<T>>();
}
