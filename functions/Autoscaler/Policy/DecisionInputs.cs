namespace Functions.Autoscaler.Policy;

/// <summary>
/// Every input of one decision. The timer builds it from the service, the metrics and the stored history; the
/// what-if form of <c>evaluate</c> takes it whole from the event, so any recorded decision can be reproduced.
/// </summary>
/// <param name="Now">The decision's time.</param>
/// <param name="CurrentInstances">Instances running now.</param>
/// <param name="Metrics">The readings of the tracked metrics (a target without a reading counts as missing).</param>
/// <param name="Policy">Targets, bounds and behaviour.</param>
/// <param name="Recommendations">Earlier raw recommendations, for the stabilisation windows.</param>
/// <param name="Events">Earlier applied changes, for rate policies and cooldowns.</param>
/// <param name="Pin">An operator's pin, if any (expired pins are ignored).</param>
/// <param name="Alarm">A forwarded alarm, if this decision was asked for by one.</param>
/// <param name="TakenAlarmIds">Alarm ids already acted on, for de-duplication.</param>
internal sealed record DecisionInputs(
    DateTimeOffset Now,
    int CurrentInstances,
    IReadOnlyList<MetricReading> Metrics,
    ScalingPolicy Policy,
    IReadOnlyList<Recommendation> Recommendations,
    IReadOnlyList<ScaleEvent> Events,
    Pin? Pin = null,
    AlarmRequest? Alarm = null,
    IReadOnlyCollection<string>? TakenAlarmIds = null);
