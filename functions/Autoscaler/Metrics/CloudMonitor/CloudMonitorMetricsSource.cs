using Functions.Autoscaler.Policy;
using Functions.TencentCloud.Api;
using Functions.TencentCloud.CloudRun;
using Functions.TencentCloud.Monitor;
using Microsoft.Extensions.Logging;

namespace Functions.Autoscaler.Metrics.CloudMonitor;

/// <summary>
/// CPU and memory utilisation from Cloud Monitor's QCE/TCB_DOCKER (usage over spec, summed over the versions serving
/// traffic), and the service-wide request rate from CloudBase's DescribeCurveData (TkeQPSService). Only a failure to
/// learn which versions serve traffic fails the whole source; any other call failing leaves just its metric missing.
/// </summary>
/// <param name="cloudRun">Reads the service's versions.</param>
/// <param name="monitor">Reads the series.</param>
/// <param name="options">The serviceid dimension.</param>
/// <param name="logger">Logs metrics that could not be read.</param>
internal sealed partial class CloudMonitorMetricsSource(
    CloudRunClient cloudRun, MonitorClient monitor, CloudMonitorOptions options, ILogger<CloudMonitorMetricsSource> logger) : IMetricsSource
{
    /// <summary>The metric names this source serves.</summary>
    public static readonly IReadOnlyList<string> Served = [ResourceMetric.Cpu.Name, ResourceMetric.Memory.Name, RequestsMetric];

    private const string RequestsMetric = "requests";

    /// <inheritdoc />
    public async Task<IReadOnlyList<MetricReading>> ReadAsync(MetricsQuery query, CancellationToken cancellationToken)
    {
        var resources = query.Targets
            .Select(t => t.Name == ResourceMetric.Cpu.Name ? ResourceMetric.Cpu : t.Name == ResourceMetric.Memory.Name ? ResourceMetric.Memory : null)
            .OfType<ResourceMetric>()
            .ToArray();
        IReadOnlyList<string> versions = resources.Length > 0 && query.CurrentInstances > 0 ? await ServingVersionsAsync(query, cancellationToken) : [];

        var reads = query.Targets.Select(target => target.Name switch
        {
            RequestsMetric => ReadRequestsAsync(query, cancellationToken),
            _ when resources.FirstOrDefault(r => r.Name == target.Name) is { } resource => ReadUtilizationAsync(resource, versions, query, cancellationToken),
            _ => Task.FromResult(MetricReading.Missing(
                target.Name, $"Cloud Monitor serves only {string.Join(", ", Served)}; route '{target.Name}' to prometheus in AUTOSCALER_METRICS_SOURCE")),
        });
        var readings = await Task.WhenAll(reads);
        foreach (var missing in readings.Where(r => r.Value is null))
        {
            LogMissing(missing.Name, missing.Problem);
        }

        return readings;
    }

    private async Task<IReadOnlyList<string>> ServingVersionsAsync(MetricsQuery query, CancellationToken cancellationToken)
    {
        try
        {
            var detail = await cloudRun.DescribeServiceAsync(query.EnvId, query.ServiceName, cancellationToken);
            return ServingVersions.From(detail.OnlineVersionInfos);
        }
        catch (TencentCloudApiException e)
        {
            throw new MetricsSourceException($"Cloud Monitor source: cannot list the versions of {query.ServiceName} in {query.EnvId}: {e.Message}", e);
        }
    }

    private async Task<MetricReading> ReadUtilizationAsync(ResourceMetric metric, IReadOnlyList<string> versions, MetricsQuery query, CancellationToken cancellationToken)
    {
        if (query.CurrentInstances <= 0)
        {
            return MetricReading.Missing(metric.Name, "no instances are running, so there is no utilisation to read");
        }

        var window = new SampleWindow(CloudMonitorOptions.MonitorPeriod, query.Now, query.LookBack);
        var serviceId = options.ServiceId ?? query.ServiceName;
        var instances = versions.Select(v => CloudRunMetric.Version(query.EnvId, serviceId, v)).ToArray();
        try
        {
            var usedRead = SeriesAsync(metric.Used, instances, window, cancellationToken);
            var specRead = SeriesAsync(metric.Spec, instances, window, cancellationToken);
            await Task.WhenAll(usedRead, specRead);
            var (used, spec) = (await usedRead, await specRead);
            var series = versions.Select((v, i) => new VersionSeries(v, used[i], spec[i])).ToArray();
            var reading = UtilizationCalculator.Compute(metric, series, window);
            return reading.Value is null && series.Length > 0 && series.All(s => s.Used.Count == 0 && s.Spec.Count == 0)
                ? reading with { Problem = $"{reading.Problem} (asked with envid={query.EnvId}, serviceid={serviceId}; set AUTOSCALER_MONITOR_SERVICE_ID if the service's number differs)" }
                : reading;
        }
        catch (TencentCloudApiException e)
        {
            return MetricReading.Missing(metric.Name, $"Cloud Monitor {CloudRunMetric.Namespace} could not be read: {e.Message}");
        }
    }

    private async Task<IReadOnlyList<IReadOnlyList<MetricSample>>> SeriesAsync(
        string metric, MonitorInstance[] instances, SampleWindow window, CancellationToken cancellationToken)
    {
        var series = new List<IReadOnlyList<MetricSample>>(instances.Length);
        foreach (var chunk in instances.Chunk(MonitorClient.MaxInstancesPerCall))
        {
            series.AddRange(await monitor.GetSeriesAsync(CloudRunMetric.Namespace, metric, chunk, window.Period, window.QueryStart, window.Now, cancellationToken));
        }

        return series;
    }

    private async Task<MetricReading> ReadRequestsAsync(MetricsQuery query, CancellationToken cancellationToken)
    {
        // The curve's finest period is 5 minutes, so its newest complete period can be older than a short window.
        var period = CloudMonitorOptions.CurvePeriod;
        var window = new SampleWindow(period, query.Now, query.LookBack > 2 * period ? query.LookBack : 2 * period);
        try
        {
            var curve = await monitor.GetCloudRunCurveAsync(query.EnvId, query.ServiceName, CloudRunMetric.Qps, window.QueryStart, window.Now, cancellationToken);
            return window.Newest(curve) is { } sample
                ? MetricReading.Of(RequestsMetric, sample.Value)
                : MetricReading.Missing(RequestsMetric, $"no usable {CloudRunMetric.Qps} sample of {query.ServiceName} ({window}): {window.Describe(curve)}");
        }
        catch (TencentCloudApiException e)
        {
            return MetricReading.Missing(RequestsMetric, $"CloudBase DescribeCurveData {CloudRunMetric.Qps} could not be read: {e.Message}");
        }
    }

    [LoggerMessage(EventId = 3310, Level = LogLevel.Warning, Message = "Cloud Monitor metric {Metric} is missing: {Problem}")]
    private partial void LogMissing(string metric, string? problem);
}
