namespace Functions.Autoscaler.Documents;

/// <summary>A policy, or the parts of one that override the configured policy.</summary>
internal sealed class PolicyDocument
{
    public int? MinInstances { get; init; }

    public int? MaxInstances { get; init; }

    public bool? Stateful { get; init; }

    public double? SaturatedAtPercent { get; init; }

    public List<MetricTargetDocument>? Targets { get; init; }

    public DirectionDocument? ScaleUp { get; init; }

    public DirectionDocument? ScaleDown { get; init; }

    public AlarmBehaviorDocument? Alarm { get; init; }
}
