using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.State;

/// <summary>What earlier invocations left that a decision needs: recommendations, applied changes, the pin, alarm ids.</summary>
/// <param name="Recommendations">Raw recommendations within the longest stabilisation window.</param>
/// <param name="Events">Applied changes within the longest rate period or cooldown.</param>
/// <param name="Pin">The operator's pin, if one is set.</param>
/// <param name="TakenAlarmIds">Alarm ids already acted on (one day back).</param>
internal sealed record DecisionHistory(IReadOnlyList<Recommendation> Recommendations, IReadOnlyList<ScaleEvent> Events, Pin? Pin, IReadOnlyCollection<string> TakenAlarmIds)
{
    /// <summary>No history.</summary>
    public static DecisionHistory Empty { get; } = new([], [], null, []);

    /// <summary>How far back history matters for a policy: its longest window, rate period or cooldown.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The horizon.</returns>
    public static TimeSpan Horizon(ScalingPolicy policy) => new[]
    {
        policy.Up.StabilizationWindow, policy.Down.StabilizationWindow, policy.Up.Cooldown, policy.Down.Cooldown, policy.Alarm.Cooldown,
    }.Concat(policy.Up.Policies.Concat(policy.Down.Policies).Select(p => p.Period)).Max();
}
