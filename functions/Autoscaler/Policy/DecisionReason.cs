using System.Globalization;

namespace Functions.Autoscaler.Policy;

/// <summary>The one sentence a decision is logged and reported with.</summary>
internal static class DecisionReason
{
    /// <summary>Says what the decision does and why.</summary>
    /// <param name="current">The count before.</param>
    /// <param name="desired">The count after.</param>
    /// <param name="trigger">What drives it.</param>
    /// <param name="metrics">Each metric's part.</param>
    /// <param name="conditions">The steps that shaped it.</param>
    /// <param name="inputs">The inputs (for the pin and the alarm).</param>
    /// <returns>The sentence.</returns>
    public static string Describe(int current, int desired, ScaleTrigger trigger, IReadOnlyList<MetricRecommendation> metrics, IReadOnlyList<string> conditions, DecisionInputs inputs)
    {
        var head = desired > current ? $"scale up {current} → {desired}"
            : desired < current ? $"scale down {current} → {desired}"
            : $"hold at {current}";
        var cause = trigger switch
        {
            ScaleTrigger.Pin => $"pinned to {inputs.Pin!.Instances} until {inputs.Pin.Until.ToString("u", CultureInfo.InvariantCulture)}{Quoted(inputs.Pin.Reason)}",
            ScaleTrigger.Bounds => current > desired ? $"{current} is above the maximum of {inputs.Policy.EffectiveMax}" : $"{current} is below the minimum of {inputs.Policy.MinInstances}",
            ScaleTrigger.Alarm => $"alarm {inputs.Alarm!.AlarmId} asked for {inputs.Alarm.Direction.ToString().ToLowerInvariant()}{Quoted(inputs.Alarm.Reason)}"
                + (metrics.Count > 0 ? $"; {Metrics(metrics)}" : ""),
            _ => Metrics(metrics),
        };
        var steps = conditions.Select(Phrase).Where(p => p.Length > 0);
        return string.Join("; ", new[] { head, cause }.Concat(steps).Where(p => p.Length > 0));
    }

    private static string Metrics(IReadOnlyList<MetricRecommendation> metrics)
    {
        var parts = metrics.OrderByDescending(m => m.Instances ?? -1).Select(m => m.Status == MetricStatus.Missing
            ? $"{m.Name} missing ({m.Problem})"
            : $"{m.Name} {Format(m.Value!.Value)}{Unit(m.Kind)} vs {Format(m.Target)}{Unit(m.Kind)}{PerInstance(m.Kind)} → {m.Instances}{(m.Status == MetricStatus.WithinTolerance ? " (within tolerance)" : "")}");
        return string.Join(", ", parts);
    }

    private static string Phrase(string condition) => condition switch
    {
        DecisionConditions.NoMetrics => "no metric could be read, so nothing changes",
        DecisionConditions.MissingMetricBlocksScaleDown => "a metric is missing, so no scale-down",
        DecisionConditions.ScaleDownStabilized => "held up by a higher recommendation in the scale-down window",
        DecisionConditions.ScaleUpStabilized => "held down by a lower recommendation in the scale-up window",
        DecisionConditions.ScaleUpCooldown => "scale-up cooldown running",
        DecisionConditions.ScaleDownCooldown => "scale-down cooldown running",
        DecisionConditions.Saturated => "the service is saturated, so the scale-up cooldown is skipped",
        DecisionConditions.ScaleUpLimit => "capped by the scale-up rate policy",
        DecisionConditions.ScaleDownLimit => "capped by the scale-down rate policy",
        DecisionConditions.ScaleUpDisabled => "scale-up is disabled",
        DecisionConditions.ScaleDownDisabled => "scale-down is disabled",
        DecisionConditions.TooManyReplicas => "capped at the maximum",
        DecisionConditions.TooFewReplicas => "raised to the minimum",
        DecisionConditions.Stateful => "the service is stateful: one instance at most",
        DecisionConditions.DuplicateAlarm => "the alarm was already acted on (duplicate delivery)",
        DecisionConditions.AlarmCooldown => "alarm cooldown running",
        _ => "",
    };

    private static string Unit(MetricKind kind) => kind == MetricKind.Utilization ? " %" : "";

    private static string PerInstance(MetricKind kind) => kind == MetricKind.AverageValue ? " per instance" : "";

    private static string Format(double value) => value.ToString(value >= 100 ? "0" : "0.##", CultureInfo.InvariantCulture);

    private static string Quoted(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $" ('{reason}')";
}
