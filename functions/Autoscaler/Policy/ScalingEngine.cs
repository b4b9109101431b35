namespace Functions.Autoscaler.Policy;

/// <summary>
/// Decides the instance count. Pure and deterministic: the same <see cref="DecisionInputs"/> always give the same
/// <see cref="ScalingDecision"/>. Order of steps, as the Kubernetes HPA: per-metric recommendations (largest wins;
/// a missing metric never allows a scale-down) → alarm request → pin or bounds → stabilisation windows →
/// cooldowns and rate policies → min/max.
/// </summary>
internal static class ScalingEngine
{
    /// <summary>Decides.</summary>
    /// <param name="inputs">Every input of the decision.</param>
    /// <returns>The decision with the reasons for it.</returns>
    public static ScalingDecision Decide(DecisionInputs inputs)
    {
        var policy = inputs.Policy;
        var current = inputs.CurrentInstances;
        var now = inputs.Now;
        var conditions = new List<string>();
        var metrics = policy.Targets
            .Select(t => MetricRecommender.Recommend(t, inputs.Metrics.LastOrDefault(m => m.Name == t.Name), current, policy))
            .ToArray();
        var recommended = Recommend(metrics, current, policy.Targets.Count, conditions);
        var trigger = ScaleTrigger.Metrics;
        if (inputs.Alarm is { } alarm && AlarmTarget(inputs, alarm, conditions) is { } alarmTarget)
        {
            // An accepted alarm drives the change (and its cooldown applies, not the metrics'); the metrics may still ask for more.
            var basis = recommended ?? current;
            recommended = alarm.Direction == ScaleDirection.Up ? Math.Max(basis, alarmTarget) : Math.Min(basis, alarmTarget);
            trigger = ScaleTrigger.Alarm;
        }

        ScalingDecision Decision(int desired, int stabilized, ScaleTrigger by) =>
            new(now, current, desired, by, recommended, stabilized, metrics, conditions, DecisionReason.Describe(current, desired, by, metrics, conditions, inputs));

        if (inputs.Pin is { } pin && pin.Until > now)
        {
            conditions.Add(DecisionConditions.Pinned);
            var pinned = Math.Clamp(pin.Instances, 0, policy.EffectiveMax);
            AddIf(pinned < pin.Instances, conditions, policy.Stateful ? DecisionConditions.Stateful : DecisionConditions.TooManyReplicas);
            return Decision(pinned, pinned, ScaleTrigger.Pin);
        }

        if (current > policy.EffectiveMax || current < policy.MinInstances)
        {
            var bounded = Math.Clamp(current, policy.MinInstances, policy.EffectiveMax);
            conditions.Add(current > bounded ? DecisionConditions.TooManyReplicas : DecisionConditions.TooFewReplicas);
            AddIf(policy.Stateful && current > bounded, conditions, DecisionConditions.Stateful);
            return Decision(bounded, bounded, ScaleTrigger.Bounds);
        }

        if (recommended is not { } raw)
        {
            return Decision(current, current, trigger);
        }

        var (stabilized, stabilizing) = Stabilizer.Stabilize(raw, current, inputs.Recommendations, now, policy);
        AddIf(stabilizing is not null, conditions, stabilizing!);
        var limited = Limit(stabilized, current, inputs, trigger, conditions);
        var desired = Math.Clamp(limited, policy.MinInstances, policy.EffectiveMax);
        AddIf(desired < limited, conditions, policy.Stateful && limited > 1 ? DecisionConditions.Stateful : DecisionConditions.TooManyReplicas);
        AddIf(desired > limited, conditions, DecisionConditions.TooFewReplicas);
        AddIf(desired == current && conditions.Count == 0, conditions, DecisionConditions.DesiredWithinRange);
        return Decision(desired, stabilized, trigger);
    }

    /// <summary>How long until a change in <paramref name="direction"/> is allowed again; zero when it is now.</summary>
    /// <param name="events">Applied changes.</param>
    /// <param name="now">Now.</param>
    /// <param name="direction">Up or down.</param>
    /// <param name="policy">The cooldowns.</param>
    /// <returns>The time left.</returns>
    public static TimeSpan CooldownLeft(IReadOnlyList<ScaleEvent> events, DateTimeOffset now, ScaleDirection direction, ScalingPolicy policy)
    {
        var cooldown = direction == ScaleDirection.Up ? policy.Up.Cooldown : policy.Down.Cooldown;
        var last = events.Where(e => direction == ScaleDirection.Up ? e.Change > 0 : e.Change < 0).Select(e => (DateTimeOffset?)e.At).Max();
        return last is { } at && at + cooldown > now ? at + cooldown - now : TimeSpan.Zero;
    }

    private static int? Recommend(IReadOnlyList<MetricRecommendation> metrics, int current, int tracked, List<string> conditions)
    {
        if (tracked == 0)
        {
            return current;
        }

        var valid = metrics.Where(m => m.Instances is not null).Select(m => m.Instances!.Value).ToArray();
        if (valid.Length == 0)
        {
            conditions.Add(DecisionConditions.NoMetrics);
            return null;
        }

        var largest = valid.Max();
        if (largest < current && metrics.Any(m => m.Status == MetricStatus.Missing))
        {
            conditions.Add(DecisionConditions.MissingMetricBlocksScaleDown);
            return current;
        }

        return largest;
    }

    private static int? AlarmTarget(DecisionInputs inputs, AlarmRequest alarm, List<string> conditions)
    {
        if (inputs.TakenAlarmIds?.Contains(alarm.AlarmId) == true)
        {
            conditions.Add(DecisionConditions.DuplicateAlarm);
            return null;
        }

        var lastAlarm = inputs.Events.Where(e => e.Trigger == ScaleTrigger.Alarm).Select(e => (DateTimeOffset?)e.At).Max();
        if (lastAlarm is { } at && at + inputs.Policy.Alarm.Cooldown > inputs.Now)
        {
            conditions.Add(DecisionConditions.AlarmCooldown);
            return null;
        }

        conditions.Add(DecisionConditions.AlarmScale);
        var step = inputs.Policy.Alarm.Step;
        return alarm.Direction == ScaleDirection.Down ? Math.Max(inputs.CurrentInstances - step, 0) : inputs.CurrentInstances + step;
    }

    // Cooldowns and rate policies, per direction. An alarm-driven scale-up has its own cooldown instead of the metrics'.
    private static int Limit(int stabilized, int current, DecisionInputs inputs, ScaleTrigger trigger, List<string> conditions)
    {
        var policy = inputs.Policy;
        if (stabilized > current)
        {
            if (policy.Up.Select == PolicySelection.Disabled)
            {
                conditions.Add(DecisionConditions.ScaleUpDisabled);
                return current;
            }

            if (trigger != ScaleTrigger.Alarm && CooldownLeft(inputs.Events, inputs.Now, ScaleDirection.Up, policy) > TimeSpan.Zero)
            {
                if (!IsSaturated(inputs))
                {
                    conditions.Add(DecisionConditions.ScaleUpCooldown);
                    return current;
                }

                conditions.Add(DecisionConditions.Saturated);
            }

            var limit = RateLimiter.UpLimit(current, inputs.Events, inputs.Now, policy.Up);
            AddIf(stabilized > limit, conditions, DecisionConditions.ScaleUpLimit);
            return Math.Min(stabilized, limit);
        }

        if (stabilized < current)
        {
            if (policy.Down.Select == PolicySelection.Disabled)
            {
                conditions.Add(DecisionConditions.ScaleDownDisabled);
                return current;
            }

            if (CooldownLeft(inputs.Events, inputs.Now, ScaleDirection.Down, policy) > TimeSpan.Zero)
            {
                conditions.Add(DecisionConditions.ScaleDownCooldown);
                return current;
            }

            var limit = RateLimiter.DownLimit(current, inputs.Events, inputs.Now, policy.Down);
            AddIf(stabilized < limit, conditions, DecisionConditions.ScaleDownLimit);
            return Math.Max(stabilized, limit);
        }

        return current;
    }

    // Saturation is read from utilisation metrics only: a request rate has no known ceiling.
    private static bool IsSaturated(DecisionInputs inputs) =>
        inputs.Policy.SaturatedAt > 0 && inputs.Policy.Targets.Any(t =>
            t.Kind == MetricKind.Utilization && inputs.Metrics.LastOrDefault(m => m.Name == t.Name)?.Value >= inputs.Policy.SaturatedAt);

    private static void AddIf(bool condition, List<string> conditions, string code)
    {
        if (condition)
        {
            conditions.Add(code);
        }
    }
}
