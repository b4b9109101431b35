using Functions.Autoscaler.Policy;
using Microsoft.Extensions.Logging;

namespace Functions.Autoscaler.Metrics.Prometheus;

/// <summary>
/// Each tracked metric is the configured PromQL query evaluated at the evaluation time. A query that fails or
/// does not give exactly one number leaves its metric missing; when no query could reach Prometheus at all, the
/// whole source fails.
/// </summary>
/// <param name="client">Runs the queries.</param>
/// <param name="options">The queries.</param>
/// <param name="logger">Logs metrics that could not be read.</param>
internal sealed partial class PrometheusMetricsSource(PrometheusClient client, PrometheusOptions options, ILogger<PrometheusMetricsSource> logger) : IMetricsSource
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<MetricReading>> ReadAsync(MetricsQuery query, CancellationToken cancellationToken)
    {
        var outcomes = await Task.WhenAll(query.Targets.Select(t => ReadAsync(t.Name, query.Now, cancellationToken)));
        var unavailable = outcomes.Where(o => o.Unavailable is not null).ToArray();
        if (unavailable.Length > 0 && unavailable.Length == outcomes.Count(o => o.Queried))
        {
            throw new MetricsSourceException(unavailable[0].Unavailable!.Message, unavailable[0].Unavailable);
        }

        var readings = outcomes
            .Select(o => o.Reading ?? MetricReading.Missing(o.Metric, $"metric '{o.Metric}': {o.Unavailable!.Message}"))
            .ToArray();
        foreach (var missing in readings.Where(r => r.Value is null))
        {
            LogMissing(missing.Name, missing.Problem);
        }

        return readings;
    }

    private async Task<Outcome> ReadAsync(string metric, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!options.Queries.TryGetValue(metric, out var promql))
        {
            return new(metric, false, MetricReading.Missing(metric, $"no PromQL query for '{metric}' in AUTOSCALER_PROMETHEUS_QUERIES"), null);
        }

        try
        {
            var answer = await client.QueryAsync(promql, now, cancellationToken);
            return new(metric, true, PrometheusResultParser.Parse(metric, promql, answer), null);
        }
        catch (PrometheusUnavailableException e)
        {
            return new(metric, true, null, e);
        }
    }

    [LoggerMessage(EventId = 3330, Level = LogLevel.Warning, Message = "Prometheus metric {Metric} is missing: {Problem}")]
    private partial void LogMissing(string metric, string? problem);

    private sealed record Outcome(string Metric, bool Queried, MetricReading? Reading, PrometheusUnavailableException? Unavailable);
}
