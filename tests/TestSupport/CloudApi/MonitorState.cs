namespace Functions.TestSupport.CloudApi;

/// <summary>The emulator's metric store: series a test sets, served by GetMonitorData and DescribeCurveData.</summary>
public sealed class MonitorState
{
    private readonly Dictionary<string, List<(DateTimeOffset Time, double Value)>> _series = new(StringComparer.Ordinal);

    /// <summary>Sets a Cloud Monitor series for one instance.</summary>
    /// <param name="metricNamespace">The namespace.</param>
    /// <param name="metric">The metric.</param>
    /// <param name="dimensions">The instance's dimensions.</param>
    /// <param name="samples">The samples.</param>
    public void SetSeries(string metricNamespace, string metric, IReadOnlyDictionary<string, string> dimensions, IEnumerable<(DateTimeOffset Time, double Value)> samples)
    {
        lock (_series)
        {
            _series[Key(metricNamespace, metric, dimensions)] = samples.OrderBy(s => s.Time).ToList();
        }
    }

    /// <summary>Sets a CloudBase curve (request metrics) for a service.</summary>
    /// <param name="envId">The environment.</param>
    /// <param name="serverName">The service.</param>
    /// <param name="metric">E.g. TkeQPSService.</param>
    /// <param name="samples">The samples.</param>
    public void SetCurve(string envId, string serverName, string metric, IEnumerable<(DateTimeOffset Time, double Value)> samples) =>
        SetSeries("tcb-curve", metric, new Dictionary<string, string> { ["EnvId"] = envId, ["ResourceID"] = serverName }, samples);

    internal IReadOnlyList<(DateTimeOffset Time, double Value)> Read(
        string metricNamespace, string metric, IReadOnlyDictionary<string, string> dimensions, DateTimeOffset start, DateTimeOffset end)
    {
        lock (_series)
        {
            return _series.TryGetValue(Key(metricNamespace, metric, dimensions), out var samples)
                ? samples.Where(s => s.Time >= start && s.Time <= end).ToArray()
                : [];
        }
    }

    private static string Key(string metricNamespace, string metric, IReadOnlyDictionary<string, string> dimensions) =>
        $"{metricNamespace}|{metric}|{string.Join(',', dimensions.OrderBy(d => d.Key, StringComparer.OrdinalIgnoreCase).Select(d => $"{d.Key.ToLowerInvariant()}={d.Value}"))}";
}
