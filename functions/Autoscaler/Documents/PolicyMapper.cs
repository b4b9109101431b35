using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Documents;

/// <summary>Between <see cref="ScalingPolicy"/> and its JSON form; a document overrides only the fields it sets.</summary>
internal static class PolicyMapper
{
    /// <summary>The base policy with the document's fields laid over it.</summary>
    /// <param name="basePolicy">The configured policy.</param>
    /// <param name="document">The overrides, or null.</param>
    /// <returns>The policy (not yet validated: call <see cref="ScalingPolicy.Problems"/>).</returns>
    public static ScalingPolicy Merge(ScalingPolicy basePolicy, PolicyDocument? document)
    {
        if (document is null)
        {
            return basePolicy;
        }

        return new ScalingPolicy(
            document.MinInstances ?? basePolicy.MinInstances,
            document.MaxInstances ?? basePolicy.MaxInstances,
            document.Targets?.Select((t, i) => new MetricTarget(
                Required(t.Name, $"policy.targets[{i}].name"), t.Kind ?? MetricKind.Utilization, t.Target ?? 0)).ToArray() ?? basePolicy.Targets,
            Merge(basePolicy.Up, document.ScaleUp),
            Merge(basePolicy.Down, document.ScaleDown),
            new AlarmBehavior(
                document.Alarm?.Step ?? basePolicy.Alarm.Step,
                Seconds(document.Alarm?.CooldownSeconds) ?? basePolicy.Alarm.Cooldown),
            document.Stateful ?? basePolicy.Stateful,
            document.SaturatedAtPercent ?? basePolicy.SaturatedAt);
    }

    /// <summary>The whole policy as a document.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The document.</returns>
    public static PolicyDocument ToDocument(ScalingPolicy policy) => new()
    {
        MinInstances = policy.MinInstances,
        MaxInstances = policy.MaxInstances,
        Stateful = policy.Stateful,
        SaturatedAtPercent = policy.SaturatedAt,
        Targets = policy.Targets.Select(t => new MetricTargetDocument { Name = t.Name, Kind = t.Kind, Target = t.Target }).ToList(),
        ScaleUp = ToDocument(policy.Up),
        ScaleDown = ToDocument(policy.Down),
        Alarm = new AlarmBehaviorDocument { Step = policy.Alarm.Step, CooldownSeconds = (int)policy.Alarm.Cooldown.TotalSeconds },
    };

    private static DirectionBehavior Merge(DirectionBehavior basis, DirectionDocument? document) => document is null ? basis : new(
        document.Tolerance ?? basis.Tolerance,
        Seconds(document.StabilizationWindowSeconds) ?? basis.StabilizationWindow,
        document.Policies?.Select(p => new RatePolicy(p.Type ?? RatePolicyType.Instances, p.Value ?? 0, TimeSpan.FromSeconds(p.PeriodSeconds ?? 0))).ToArray() ?? basis.Policies,
        document.Select ?? basis.Select,
        Seconds(document.CooldownSeconds) ?? basis.Cooldown);

    private static DirectionDocument ToDocument(DirectionBehavior behavior) => new()
    {
        Tolerance = behavior.Tolerance,
        StabilizationWindowSeconds = (int)behavior.StabilizationWindow.TotalSeconds,
        Policies = behavior.Policies.Select(p => new RatePolicyDocument { Type = p.Type, Value = p.Value, PeriodSeconds = (int)p.Period.TotalSeconds }).ToList(),
        Select = behavior.Select,
        CooldownSeconds = (int)behavior.Cooldown.TotalSeconds,
    };

    private static TimeSpan? Seconds(int? seconds) => seconds is { } s ? TimeSpan.FromSeconds(s) : null;

    private static string Required(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new Scf.Errors.InvalidArgumentsException($"{field} is required") : value;
}
