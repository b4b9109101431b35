using System.Globalization;
using Functions.TencentCloud.Api;

namespace Functions.TencentCloud.Monitor;

/// <summary>Reads metric series: Cloud Monitor's GetMonitorData and CloudBase's DescribeCurveData.</summary>
/// <param name="api">The API client.</param>
public sealed class MonitorClient(TencentCloudApiClient api)
{
    /// <summary>Most instances per GetMonitorData call.</summary>
    public const int MaxInstancesPerCall = 10;

    /// <summary>One metric's series for each instance, paired by index with <paramref name="instances"/>.</summary>
    /// <param name="metricNamespace">The namespace, e.g. <see cref="CloudRunMetric.Namespace"/>.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="instances">Up to 10 instances.</param>
    /// <param name="period">Seconds per point.</param>
    /// <param name="start">Window start.</param>
    /// <param name="end">Window end.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Each instance's samples, oldest first, with missing periods left out.</returns>
    public async Task<IReadOnlyList<IReadOnlyList<MetricSample>>> GetSeriesAsync(
        string metricNamespace, string metric, IReadOnlyList<MonitorInstance> instances, TimeSpan period, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        if (instances.Count is 0 or > MaxInstancesPerCall)
        {
            throw new ArgumentException($"GetMonitorData takes 1 to {MaxInstancesPerCall} instances, not {instances.Count}", nameof(instances));
        }

        var request = new GetMonitorDataRequest
        {
            Namespace = metricNamespace,
            MetricName = metric,
            Instances = instances,
            Period = (long)period.TotalSeconds,
            StartTime = start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            EndTime = end.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        };
        var response = await api.CallAsync(MonitorActions.GetMonitorData, request, cancellationToken);
        return instances.Select(instance => Samples(Match(response.DataPoints ?? [], instance))).ToArray();
    }

    /// <summary>A CloudBase Run service's request-side curve (QPS, response time, errors).</summary>
    /// <param name="envId">The environment.</param>
    /// <param name="serverName">The service.</param>
    /// <param name="metric">E.g. <see cref="CloudRunMetric.Qps"/>.</param>
    /// <param name="start">Window start (at least 5 minutes before the end).</param>
    /// <param name="end">Window end.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Samples, oldest first.</returns>
    public async Task<IReadOnlyList<MetricSample>> GetCloudRunCurveAsync(
        string envId, string serverName, string metric, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        // DescribeCurveData takes wall-clock times without a zone, in China Standard Time.
        var china = TimeSpan.FromHours(8);
        var request = new DescribeCurveDataRequest
        {
            EnvId = envId,
            MetricName = metric,
            ResourceID = serverName,
            StartTime = start.ToOffset(china).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            EndTime = end.ToOffset(china).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            Period = 300,
        };
        var response = await api.CallAsync(MonitorActions.DescribeCurveData, request, cancellationToken);
        var times = response.Time ?? [];
        var values = response.NewValues is { Count: > 0 } fractional ? fractional : (response.Values ?? []).Select(v => (double)v).ToArray();
        return times.Zip(values, (t, v) => new MetricSample(DateTimeOffset.FromUnixTimeSeconds(t), v)).ToArray();
    }

    private static DataPoint? Match(IReadOnlyList<DataPoint> points, MonitorInstance instance) =>
        points.FirstOrDefault(p => instance.Dimensions.All(d => p.Dimensions?.Any(x => x.Name.Equals(d.Name, StringComparison.OrdinalIgnoreCase) && x.Value == d.Value) == true));

    private static MetricSample[] Samples(DataPoint? point)
    {
        if (point?.Timestamps is not { } times || point.Values is not { } values)
        {
            return [];
        }

        return times.Zip(values, (t, v) => new MetricSample(DateTimeOffset.FromUnixTimeSeconds((long)t), v)).ToArray();
    }
}
