using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Metrics;

/// <summary>
/// Where the Autoscaler's metric values come from: the seam between the pure decision engine and Cloud Monitor,
/// Prometheus or a test's fake.
/// </summary>
internal interface IMetricsSource
{
    /// <summary>Reads the tracked metrics this source serves.</summary>
    /// <param name="query">The service, the tracked metrics and the moment to read them for.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>
    /// One reading per tracked metric: a value, or <see cref="MetricReading.Missing"/> with the reason for a metric
    /// the source could not read (no samples, stale samples, a query that failed).
    /// </returns>
    /// <exception cref="MetricsSourceException">The whole source is unreachable; no metric could be read.</exception>
    Task<IReadOnlyList<MetricReading>> ReadAsync(MetricsQuery query, CancellationToken cancellationToken);
}
