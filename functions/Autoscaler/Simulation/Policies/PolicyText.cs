using System.Globalization;
using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Simulation.Policies;

/// <summary>A policy's settings in one line, so a report says exactly what was compared.</summary>
internal static class PolicyText
{
    /// <summary>Describes the targets, bounds and both directions' behaviour.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>E.g. "cpu 70 %, requests 100/instance; 1..10; up: tolerance 0.1, window 0 s, +4 or +100 % per 15 s, cooldown 300 s; …".</returns>
    public static string Describe(ScalingPolicy policy)
    {
        var targets = string.Join(", ", policy.Targets.Select(t => t.Kind switch
        {
            MetricKind.Utilization => $"{t.Name} {N(t.Target)} %",
            MetricKind.AverageValue => $"{t.Name} {N(t.Target)}/instance",
            _ => $"{t.Name} {N(t.Target)} total",
        }));
        return $"{targets}; {policy.MinInstances}..{policy.MaxInstances} instances; up: {Direction(policy.Up, "+")}; down: {Direction(policy.Down, "−")}";
    }

    private static string Direction(DirectionBehavior behavior, string sign)
    {
        var rates = behavior.Select == PolicySelection.Disabled ? "disabled"
            : behavior.Policies.Count == 0 ? "unlimited"
            : string.Join(behavior.Select == PolicySelection.Max ? " or " : " and ", behavior.Policies.Select(p =>
                $"{sign}{p.Value}{(p.Type == RatePolicyType.Percent ? " %" : "")} per {N(p.Period.TotalSeconds)} s"));
        return $"tolerance {N(behavior.Tolerance)}, window {N(behavior.StabilizationWindow.TotalSeconds)} s, {rates}, cooldown {N(behavior.Cooldown.TotalSeconds)} s";
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
