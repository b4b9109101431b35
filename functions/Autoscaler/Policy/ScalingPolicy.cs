namespace Functions.Autoscaler.Policy;

/// <summary>Everything that shapes a decision except the inputs of the moment: targets, bounds and behaviour.</summary>
/// <param name="MinInstances">The lowest count (0 allows scale to zero).</param>
/// <param name="MaxInstances">The highest count.</param>
/// <param name="Targets">The tracked metrics; the largest recommendation wins.</param>
/// <param name="Up">How scale-ups behave.</param>
/// <param name="Down">How scale-downs behave.</param>
/// <param name="Alarm">How alarm-forwarded scale requests are taken.</param>
/// <param name="Stateful">The service keeps state in its instances (an embedded database): never more than one.</param>
/// <param name="SaturatedAt">A utilisation (percent) at or above which the service is saturated: a scale-up then skips
/// its cooldown, since availability comes first. 0 turns this off.</param>
internal sealed record ScalingPolicy(
    int MinInstances,
    int MaxInstances,
    IReadOnlyList<MetricTarget> Targets,
    DirectionBehavior Up,
    DirectionBehavior Down,
    AlarmBehavior Alarm,
    bool Stateful = false,
    double SaturatedAt = 95)
{
    /// <summary>The deployment's defaults: CPU 70 %, memory 80 %, 100 requests/s per instance, 1 to 10 instances.</summary>
    public static ScalingPolicy Default { get; } = new(
        1,
        10,
        [new("cpu", MetricKind.Utilization, 70), new("memory", MetricKind.Utilization, 80), new("requests", MetricKind.AverageValue, 100)],
        DirectionBehavior.DefaultUp,
        DirectionBehavior.DefaultDown,
        AlarmBehavior.Default);

    /// <summary>The highest count the policy allows: the maximum, or one for a stateful service.</summary>
    public int EffectiveMax => Stateful ? Math.Min(1, MaxInstances) : MaxInstances;

    /// <summary>What is wrong with the policy, one line per problem naming the field; empty when it is valid.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (MinInstances < 0)
        {
            problems.Add($"minInstances must be 0 or more, not {MinInstances}");
        }

        if (MaxInstances < Math.Max(1, MinInstances))
        {
            problems.Add($"maxInstances must be at least 1 and at least minInstances ({MinInstances}), not {MaxInstances}");
        }

        foreach (var target in Targets.Where(t => !(t.Target > 0) || double.IsInfinity(t.Target)))
        {
            problems.Add($"the target of metric '{target.Name}' must be a positive number, not {target.Target}");
        }

        foreach (var name in Targets.GroupBy(t => t.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            problems.Add($"metric '{name}' has more than one target");
        }

        if (SaturatedAt is < 0 or > 100 || double.IsNaN(SaturatedAt))
        {
            problems.Add($"saturatedAtPercent must be from 0 (off) to 100, not {SaturatedAt}");
        }

        Check("up", Up, problems);
        Check("down", Down, problems);
        if (Alarm.Step < 1)
        {
            problems.Add($"alarm.step must be 1 or more, not {Alarm.Step}");
        }

        return problems;
    }

    private static void Check(string direction, DirectionBehavior behavior, List<string> problems)
    {
        if (behavior.Tolerance is < 0 or >= 1)
        {
            problems.Add($"{direction}.tolerance must be from 0 to below 1, not {behavior.Tolerance}");
        }

        if (behavior.StabilizationWindow < TimeSpan.Zero || behavior.StabilizationWindow > TimeSpan.FromHours(1))
        {
            problems.Add($"{direction}.stabilizationWindow must be from 0 to 3600 s, not {behavior.StabilizationWindow.TotalSeconds} s");
        }

        if (behavior.Cooldown < TimeSpan.Zero)
        {
            problems.Add($"{direction}.cooldown must not be negative");
        }

        foreach (var policy in behavior.Policies.Where(p => p.Value < 1 || p.Period <= TimeSpan.Zero || p.Period > TimeSpan.FromMinutes(30)))
        {
            problems.Add($"{direction} policy {policy.Type} {policy.Value} per {policy.Period.TotalSeconds} s needs a value of 1 or more and a period from 1 to 1800 s");
        }
    }
}
