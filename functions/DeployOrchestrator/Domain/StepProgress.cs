namespace Functions.DeployOrchestrator.Domain;

/// <summary>
/// What the current step or wait has seen so far: probe successes in a row and failures, analysis measurements by
/// verdict, and when it last measured (the next measurement is an interval later).
/// </summary>
/// <param name="ConsecutiveSuccesses">Health probes passed in a row.</param>
/// <param name="Failures">Probes or measurements that failed.</param>
/// <param name="Inconclusive">Measurements that were neither success nor failure (including "no data" when so configured).</param>
/// <param name="Errors">Measurements that could not be taken (the metric source failed).</param>
/// <param name="Measurements">Measurements or probes taken.</param>
/// <param name="LastAt">When the last one was taken.</param>
/// <param name="LastDetail">What the last one said, for people.</param>
internal sealed record StepProgress(int ConsecutiveSuccesses, int Failures, int Inconclusive, int Errors, int Measurements, DateTimeOffset? LastAt, string? LastDetail)
{
    /// <summary>Nothing seen yet.</summary>
    public static readonly StepProgress None = new(0, 0, 0, 0, 0, null, null);

    /// <summary>Per-metric counters of the current analysis step (Argo keeps its limits per metric); empty otherwise.</summary>
    public IReadOnlyList<MetricProgress> Metrics { get; init; } = [];
}
