using Functions.Autoscaler.Metrics.CloudMonitor;
using Functions.Autoscaler.Metrics.Prometheus;
using Functions.Autoscaler.Policy;
using Functions.Scf.Configuration;

namespace Functions.Autoscaler.Metrics.Configuration;

/// <summary>The metrics sources' settings, read once at start; every problem names its variable.</summary>
/// <param name="Routing">Which source reads which metric.</param>
/// <param name="LookBack">How old the newest sample may be.</param>
/// <param name="CloudMonitor">The Cloud Monitor source's settings.</param>
/// <param name="Prometheus">The Prometheus source's settings, when a metric is routed to it.</param>
internal sealed record MetricsSettings(MetricsRouting Routing, TimeSpan LookBack, CloudMonitorOptions CloudMonitor, PrometheusOptions? Prometheus)
{
    /// <summary>Reads the settings.</summary>
    /// <param name="settings">The reader; problems are recorded on it.</param>
    /// <returns>The settings.</returns>
    public static MetricsSettings Read(SettingsReader settings)
    {
        var routing = MetricsRouting.CloudMonitorOnly;
        try
        {
            routing = MetricsRouting.Parse(settings.Text("AUTOSCALER_METRICS_SOURCE"));
        }
        catch (FormatException e)
        {
            settings.Problem("AUTOSCALER_METRICS_SOURCE", e.Message);
        }

        var lookBack = TimeSpan.FromSeconds(settings.Number("AUTOSCALER_METRICS_WINDOW_SECONDS", (long)MetricsQuery.DefaultLookBack.TotalSeconds, 60, 3600));
        var cloudMonitor = new CloudMonitorOptions(settings.Text("AUTOSCALER_MONITOR_SERVICE_ID"));
        var prometheus = routing.Used.Contains(MetricsSourceKind.Prometheus) ? PrometheusSettings.Read(settings, routing) : null;
        return new MetricsSettings(routing, lookBack, cloudMonitor, prometheus);
    }

    /// <summary>The query for one evaluation, with the configured look-back window.</summary>
    /// <param name="envId">The environment (TCB_ENV_ID).</param>
    /// <param name="serviceName">The service (TCB_SERVICE_NAME).</param>
    /// <param name="targets">The policy's tracked metrics.</param>
    /// <param name="currentInstances">Instances running now.</param>
    /// <param name="now">The evaluation time.</param>
    /// <returns>The query.</returns>
    public MetricsQuery Query(string envId, string serviceName, IReadOnlyList<MetricTarget> targets, int currentInstances, DateTimeOffset now) =>
        new(envId, serviceName, targets, currentInstances, now, LookBack);
}
