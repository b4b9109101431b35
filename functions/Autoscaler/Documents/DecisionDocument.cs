using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Documents;

/// <summary>A decision as results, logs and the audit table show it.</summary>
internal sealed class DecisionDocument
{
    public required DateTimeOffset At { get; init; }

    public required int Current { get; init; }

    public required int Desired { get; init; }

    public required ScaleDirection Direction { get; init; }

    public required ScaleTrigger Trigger { get; init; }

    public int? Recommended { get; init; }

    public required int Stabilized { get; init; }

    public required List<MetricRecommendation> Metrics { get; init; }

    public required List<string> Conditions { get; init; }

    public required string Reason { get; init; }

    /// <summary>The document of a decision.</summary>
    public static DecisionDocument Of(ScalingDecision decision) => new()
    {
        At = decision.At,
        Current = decision.Current,
        Desired = decision.Desired,
        Direction = decision.Direction,
        Trigger = decision.Trigger,
        Recommended = decision.Recommended,
        Stabilized = decision.Stabilized,
        Metrics = [.. decision.Metrics],
        Conditions = [.. decision.Conditions],
        Reason = decision.Reason,
    };
}
