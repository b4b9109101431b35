using Functions.Autoscaler.Apply;
using Functions.Autoscaler.Documents;
using Functions.Autoscaler.State;

namespace Functions.Autoscaler.Runs;

/// <summary>What <c>status</c> shows: the service as the platform sees it, the policy, the pin, cooldowns and the last decisions.</summary>
internal sealed class StatusResult
{
    public required string Service { get; init; }

    public required string EnvId { get; init; }

    /// <summary>The platform's bounds and running count.</summary>
    public required ServiceScale Platform { get; init; }

    /// <summary>The count decisions start from.</summary>
    public required int Current { get; init; }

    /// <summary>Shadow mode: decisions are recorded, nothing is changed.</summary>
    public required bool DryRun { get; init; }

    public required PolicyDocument Policy { get; init; }

    public PinDocument? Pin { get; init; }

    /// <summary>Seconds until a scale-up is allowed again (0: now).</summary>
    public required int ScaleUpCooldownSeconds { get; init; }

    /// <summary>Seconds until a scale-down is allowed again (0: now).</summary>
    public required int ScaleDownCooldownSeconds { get; init; }

    /// <summary>Seconds until an alarm-driven change is allowed again (0: now).</summary>
    public required int AlarmCooldownSeconds { get; init; }

    /// <summary>The newest decisions, newest first.</summary>
    public required IReadOnlyList<RecordedDecision> Recent { get; init; }
}
