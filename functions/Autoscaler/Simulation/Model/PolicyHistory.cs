using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Simulation.Model;

/// <summary>
/// One policy's recommendations and scale events, kept in memory as the HPA controller keeps them. Entries older than
/// anything the policy can still look at (its windows, rate periods and cooldowns) are dropped, so a week-long
/// simulation does not slow down as it goes; the engine's results are the same as with the full history.
/// </summary>
internal sealed class PolicyHistory
{
    private readonly List<Recommendation> recommendations = [];
    private readonly List<ScaleEvent> events = [];
    private readonly TimeSpan recommendationHorizon;
    private readonly TimeSpan eventHorizon;

    /// <summary>Sizes the horizons for <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy whose history this is.</param>
    public PolicyHistory(ScalingPolicy policy)
    {
        recommendationHorizon = Max(policy.Up.StabilizationWindow, policy.Down.StabilizationWindow);
        var periods = policy.Up.Policies.Concat(policy.Down.Policies).Select(p => p.Period);
        eventHorizon = periods.Append(policy.Up.Cooldown).Append(policy.Down.Cooldown).Append(policy.Alarm.Cooldown).Max();
    }

    /// <summary>The recommendations still in a window.</summary>
    public IReadOnlyList<Recommendation> Recommendations => recommendations;

    /// <summary>The scale events still in a period or cooldown.</summary>
    public IReadOnlyList<ScaleEvent> Events => events;

    /// <summary>Drops what the engine can no longer see at <paramref name="now"/> (it looks at entries newer than now − window).</summary>
    /// <param name="now">The next decision's time.</param>
    public void Prune(DateTimeOffset now)
    {
        recommendations.RemoveAll(r => r.At <= now - recommendationHorizon);
        events.RemoveAll(e => e.At <= now - eventHorizon);
    }

    /// <summary>Keeps a decision's recommendation and, when it changed the count, its event.</summary>
    /// <param name="decision">The decision, applied.</param>
    public void Record(ScalingDecision decision)
    {
        if (decision.ToRecommendation() is { } recommendation)
        {
            recommendations.Add(recommendation);
        }

        if (decision.ToEvent() is { } change)
        {
            events.Add(change);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
