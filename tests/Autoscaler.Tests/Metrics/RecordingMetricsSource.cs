using Functions.Autoscaler.Metrics;
using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Tests.Metrics;

/// <summary>A source that records what it was asked and answers from a table, or fails as told.</summary>
/// <param name="values">Metric name to value; a metric not in the table is left out of the answer.</param>
internal sealed class RecordingMetricsSource(IReadOnlyDictionary<string, double> values) : IMetricsSource
{
    private readonly List<MetricsQuery> _queries = [];

    public IReadOnlyList<MetricsQuery> Queries => _queries;

    /// <summary>When set, every read throws it.</summary>
    public Exception? Failure { get; init; }

    public Task<IReadOnlyList<MetricReading>> ReadAsync(MetricsQuery query, CancellationToken cancellationToken)
    {
        _queries.Add(query);
        if (Failure is not null)
        {
            throw Failure;
        }

        IReadOnlyList<MetricReading> readings = query.Targets
            .Where(t => values.ContainsKey(t.Name))
            .Select(t => MetricReading.Of(t.Name, values[t.Name]))
            .ToArray();
        return Task.FromResult(readings);
    }
}
