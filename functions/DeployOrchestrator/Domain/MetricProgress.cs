namespace Functions.DeployOrchestrator.Domain;

/// <summary>One metric's measurements so far in the current analysis step, by verdict (Argo's per-metric counters).</summary>
/// <param name="Metric">The metric's name.</param>
/// <param name="Successes">Measurements within the thresholds (and "no data" under <see cref="NoDataPolicy.Pass"/>).</param>
/// <param name="Failures">Measurements outside the thresholds (and "no data" under <see cref="NoDataPolicy.Fail"/>).</param>
/// <param name="Inconclusive">"No data" under <see cref="NoDataPolicy.Inconclusive"/>.</param>
/// <param name="Errors">Measurements that could not be taken.</param>
/// <param name="ConsecutiveErrors">Errors in a row, reset by any measurement taken.</param>
internal sealed record MetricProgress(string Metric, int Successes, int Failures, int Inconclusive, int Errors, int ConsecutiveErrors)
{
    /// <summary>Measurements that count towards the analysis' count: every one taken (errors are not measurements).</summary>
    public int Taken => Successes + Failures + Inconclusive;

    /// <summary>A metric not measured yet.</summary>
    /// <param name="metric">The metric's name.</param>
    /// <returns>Zero counters.</returns>
    public static MetricProgress Empty(string metric) => new(metric, 0, 0, 0, 0, 0);
}
