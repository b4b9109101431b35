namespace Functions.Autoscaler.Policy;

/// <summary>
/// The HPA's rate policies: each policy allows a change relative to the count at the start of its sliding period
/// (the current count less what was added and plus what was removed within it); the selection picks among them.
/// A spent budget holds the count, never reverses it.
/// </summary>
internal static class RateLimiter
{
    /// <summary>The highest count a scale-up may reach now.</summary>
    /// <param name="current">Instances running now.</param>
    /// <param name="events">Applied changes.</param>
    /// <param name="now">Now.</param>
    /// <param name="behavior">The scale-up behaviour.</param>
    /// <returns>The limit (at least <paramref name="current"/>), or int.MaxValue when no policy limits it.</returns>
    public static int UpLimit(int current, IReadOnlyList<ScaleEvent> events, DateTimeOffset now, DirectionBehavior behavior)
    {
        if (behavior.Policies.Count == 0)
        {
            return int.MaxValue;
        }

        var limits = behavior.Policies.Select(policy =>
        {
            var start = PeriodStart(current, events, now, policy.Period);
            return policy.Type == RatePolicyType.Instances
                ? start + policy.Value
                : (int)Math.Ceiling(start * (1 + (policy.Value / 100.0)));
        });
        var selected = behavior.Select == PolicySelection.Min ? limits.Min() : limits.Max();
        return Math.Max(selected, current);
    }

    /// <summary>The lowest count a scale-down may reach now.</summary>
    /// <param name="current">Instances running now.</param>
    /// <param name="events">Applied changes.</param>
    /// <param name="now">Now.</param>
    /// <param name="behavior">The scale-down behaviour.</param>
    /// <returns>The limit (at most <paramref name="current"/>), or 0 when no policy limits it.</returns>
    public static int DownLimit(int current, IReadOnlyList<ScaleEvent> events, DateTimeOffset now, DirectionBehavior behavior)
    {
        if (behavior.Policies.Count == 0)
        {
            return 0;
        }

        var limits = behavior.Policies.Select(policy =>
        {
            var start = PeriodStart(current, events, now, policy.Period);
            return policy.Type == RatePolicyType.Instances
                ? start - policy.Value
                : (int)(start * (1 - (policy.Value / 100.0)));
        });

        // "Max" means the policy allowing the largest change, which for a scale-down is the lowest count.
        var selected = behavior.Select == PolicySelection.Min ? limits.Max() : limits.Min();
        return Math.Max(Math.Min(selected, current), 0);
    }

    private static int PeriodStart(int current, IReadOnlyList<ScaleEvent> events, DateTimeOffset now, TimeSpan period)
    {
        var added = 0;
        var removed = 0;
        foreach (var change in events.Where(e => e.At > now - period && e.At <= now))
        {
            if (change.Change > 0)
            {
                added += change.Change;
            }
            else
            {
                removed -= change.Change;
            }
        }

        return current - added + removed;
    }
}
