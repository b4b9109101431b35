namespace Functions.DeployOrchestrator.Domain;

/// <summary>
/// Metric analysis (Argo's AnalysisTemplate semantics): every <paramref name="Interval"/>, each metric is measured
/// once; the analysis fails when a metric's failures exceed its failure limit or its errors reach the consecutive
/// error limit, is inconclusive when its inconclusive measurements exceed the inconclusive limit, and succeeds when
/// every metric has <paramref name="Count"/> measurements without either.
/// </summary>
/// <param name="Name">For people.</param>
/// <param name="Metrics">What to measure.</param>
/// <param name="Interval">Time between measurements.</param>
/// <param name="Count">Measurements per metric.</param>
/// <param name="InitialDelay">Wait before the first measurement.</param>
/// <param name="InconclusiveAction">What an inconclusive analysis does: pause for an operator (Argo) or fail.</param>
internal sealed record AnalysisTemplate(string Name, IReadOnlyList<AnalysisMetric> Metrics, TimeSpan Interval, int Count, TimeSpan InitialDelay, InconclusiveAction InconclusiveAction);

/// <summary>One metric of an analysis.</summary>
/// <param name="Name">For people (e.g. "error-rate").</param>
/// <param name="Query">The PromQL query; <c>{version}</c> and <c>{service}</c> are replaced. Its first sample is the value.</param>
/// <param name="Min">The value must be at least this, or null.</param>
/// <param name="Max">The value must be at most this, or null.</param>
/// <param name="FailureLimit">Failed measurements tolerated (0: none).</param>
/// <param name="InconclusiveLimit">Inconclusive measurements tolerated (0: none).</param>
/// <param name="ConsecutiveErrorLimit">Measurement errors in a row that fail the analysis (Argo's default 4).</param>
/// <param name="NoData">What a query that returns no series counts as.</param>
internal sealed record AnalysisMetric(string Name, string Query, double? Min, double? Max, int FailureLimit, int InconclusiveLimit, int ConsecutiveErrorLimit, NoDataPolicy NoData);

/// <summary>What a measurement with no data counts as: the explicit policy Argo and Flagger users ask for.</summary>
internal enum NoDataPolicy
{
    /// <summary>A failure.</summary>
    Fail,

    /// <summary>Inconclusive.</summary>
    Inconclusive,

    /// <summary>A success (only for metrics that legitimately have no traffic).</summary>
    Pass,
}

/// <summary>What an inconclusive analysis does.</summary>
internal enum InconclusiveAction
{
    /// <summary>Pause the run for an operator to promote or abort (Argo).</summary>
    Pause,

    /// <summary>Fail and roll back.</summary>
    Fail,
}
