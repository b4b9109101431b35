namespace Functions.Autoscaler.Policy;

/// <summary>The outcome of one evaluation: the count to run, and every step that led to it.</summary>
/// <param name="At">When it was decided.</param>
/// <param name="Current">Instances running when it was decided.</param>
/// <param name="Desired">The count to run.</param>
/// <param name="Trigger">What drives the change (metrics, an alarm, a pin, the bounds).</param>
/// <param name="Recommended">The raw recommendation of the metrics (and alarm) before behaviour, or null when there was none.</param>
/// <param name="Stabilized">The count after the stabilisation windows.</param>
/// <param name="Metrics">Each metric's reading and recommendation.</param>
/// <param name="Conditions">The codes of the steps that shaped it (<see cref="DecisionConditions"/>).</param>
/// <param name="Reason">One sentence an operator can read.</param>
internal sealed record ScalingDecision(
    DateTimeOffset At,
    int Current,
    int Desired,
    ScaleTrigger Trigger,
    int? Recommended,
    int Stabilized,
    IReadOnlyList<MetricRecommendation> Metrics,
    IReadOnlyList<string> Conditions,
    string Reason)
{
    /// <summary>Which way the count moves.</summary>
    public ScaleDirection Direction => Desired > Current ? ScaleDirection.Up : Desired < Current ? ScaleDirection.Down : ScaleDirection.None;

    /// <summary>The raw recommendation to keep for later stabilisation windows, or null when there was none.</summary>
    public Recommendation? ToRecommendation() => Recommended is { } instances ? new(At, instances) : null;

    /// <summary>The scale event to record once the change is applied, or null when nothing changes.</summary>
    public ScaleEvent? ToEvent() => Desired == Current ? null : new(At, Current, Desired, Trigger);
}
