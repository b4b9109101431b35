using Functions.Autoscaler.Policy;
using Microsoft.Extensions.Logging;

namespace Functions.Autoscaler.Metrics;

/// <summary>
/// Sends each tracked metric to the source configured for it and gathers one reading per metric, in the targets'
/// order. A source that cannot be reached at all turns each of its metrics into a missing reading carrying the
/// error, so the decision engine holds instead of scaling down; a metric nobody answered for is missing too.
/// </summary>
/// <param name="sources">The configured sources.</param>
/// <param name="routing">Which source reads which metric.</param>
/// <param name="logger">Logs sources that failed.</param>
internal sealed partial class CompositeMetricsSource(
    IReadOnlyDictionary<MetricsSourceKind, IMetricsSource> sources, MetricsRouting routing, ILogger<CompositeMetricsSource> logger) : IMetricsSource
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<MetricReading>> ReadAsync(MetricsQuery query, CancellationToken cancellationToken)
    {
        var groups = query.Targets.GroupBy(t => routing.SourceOf(t.Name)).ToArray();
        var answers = await Task.WhenAll(groups.Select(g => ReadGroupAsync(g.Key, query.For(g.ToArray()), cancellationToken)));
        var byName = answers.SelectMany(a => a).GroupBy(r => r.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return query.Targets
            .Select(t => byName.TryGetValue(t.Name, out var reading)
                ? reading
                : MetricReading.Missing(t.Name, $"the {MetricsRouting.NameOf(routing.SourceOf(t.Name))} source returned no reading for it"))
            .ToArray();
    }

    private async Task<IReadOnlyList<MetricReading>> ReadGroupAsync(MetricsSourceKind kind, MetricsQuery query, CancellationToken cancellationToken)
    {
        var name = MetricsRouting.NameOf(kind);
        if (!sources.TryGetValue(kind, out var source))
        {
            return query.Targets.Select(t => MetricReading.Missing(t.Name, $"routed to {name}, which is not configured")).ToArray();
        }

        try
        {
            var readings = await source.ReadAsync(query, cancellationToken);
            return readings.Where(r => query.Targets.Any(t => t.Name == r.Name)).ToArray();
        }
        catch (MetricsSourceException e)
        {
            LogSourceFailed(name, query.Targets.Count, e.Message);
            return query.Targets.Select(t => MetricReading.Missing(t.Name, e.Message)).ToArray();
        }
    }

    [LoggerMessage(EventId = 3300, Level = LogLevel.Warning, Message = "Metrics source {Source} failed; its {Count} metrics are missing: {Error}")]
    private partial void LogSourceFailed(string source, int count, string error);
}
