namespace Functions.Autoscaler.Metrics;

/// <summary>Which source reads each tracked metric: a default, and per-metric exceptions.</summary>
/// <param name="Default">The source of every metric not named in <paramref name="Overrides"/>.</param>
/// <param name="Overrides">Metric name to source.</param>
internal sealed record MetricsRouting(MetricsSourceKind Default, IReadOnlyDictionary<string, MetricsSourceKind> Overrides)
{
    /// <summary>Every metric from Cloud Monitor: the deployment's default.</summary>
    public static MetricsRouting CloudMonitorOnly { get; } = new(MetricsSourceKind.CloudMonitor, new Dictionary<string, MetricsSourceKind>());

    /// <summary>The source of a metric.</summary>
    /// <param name="metric">The metric's name.</param>
    /// <returns>Its source.</returns>
    public MetricsSourceKind SourceOf(string metric) => Overrides.TryGetValue(metric, out var kind) ? kind : Default;

    /// <summary>Every source some metric may go to.</summary>
    public IEnumerable<MetricsSourceKind> Used => Overrides.Values.Append(Default).Distinct();

    /// <summary>
    /// Parses <c>cloudmonitor</c>, <c>prometheus</c>, or comma-separated <c>metric=source</c> pairs where <c>*=source</c>
    /// sets the default for the metrics not named (Cloud Monitor when absent), e.g.
    /// <c>requests=prometheus</c> or <c>*=prometheus,memory=cloudmonitor</c>.
    /// </summary>
    /// <param name="text">The setting, or null for <see cref="CloudMonitorOnly"/>.</param>
    /// <returns>The routing.</returns>
    /// <exception cref="FormatException">The text is not one of these forms; the message says why.</exception>
    public static MetricsRouting Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return CloudMonitorOnly;
        }

        if (!text.Contains('=', StringComparison.Ordinal))
        {
            return new(ParseKind(text.Trim()), new Dictionary<string, MetricsSourceKind>());
        }

        var fallback = MetricsSourceKind.CloudMonitor;
        var overrides = new Dictionary<string, MetricsSourceKind>(StringComparer.Ordinal);
        foreach (var pair in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var metric = equals < 0 ? "" : pair[..equals].Trim();
            if (metric.Length == 0)
            {
                throw new FormatException($"'{pair}' is not metric=source (e.g. requests=prometheus)");
            }

            var kind = ParseKind(pair[(equals + 1)..].Trim());
            if (metric == "*")
            {
                fallback = kind;
            }
            else if (!overrides.TryAdd(metric, kind))
            {
                throw new FormatException($"metric '{metric}' is routed more than once");
            }
        }

        return new(fallback, overrides);
    }

    /// <summary>The setting's name for a source.</summary>
    /// <param name="kind">The source.</param>
    /// <returns><c>cloudmonitor</c> or <c>prometheus</c>.</returns>
    public static string NameOf(MetricsSourceKind kind) => kind == MetricsSourceKind.Prometheus ? "prometheus" : "cloudmonitor";

    private static MetricsSourceKind ParseKind(string text) => text.ToLowerInvariant() switch
    {
        "cloudmonitor" => MetricsSourceKind.CloudMonitor,
        "prometheus" => MetricsSourceKind.Prometheus,
        _ => throw new FormatException($"'{text}' is not a metrics source: use cloudmonitor or prometheus"),
    };
}
