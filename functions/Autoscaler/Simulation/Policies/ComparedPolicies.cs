using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Simulation.Policies;

/// <summary>
/// The three policies compared, all as <see cref="ScalingPolicy"/> values through the same engine (which follows the
/// Kubernetes HPA v2 algorithm), with the same bounds.
/// </summary>
internal static class ComparedPolicies
{
    private static readonly RatePolicy[] HpaUpRates =
        [new(RatePolicyType.Instances, 4, TimeSpan.FromSeconds(15)), new(RatePolicyType.Percent, 100, TimeSpan.FromSeconds(15))];

    private static readonly RatePolicy[] HpaDownRates = [new(RatePolicyType.Percent, 100, TimeSpan.FromSeconds(15))];

    /// <summary>Ours, then the CloudBase Run threshold scaler, then plain HPA without stabilisation.</summary>
    /// <param name="ours">Our policy (usually <see cref="ScalingPolicy.Default"/>).</param>
    /// <param name="min">The lowest count for all three.</param>
    /// <param name="max">The highest count for all three.</param>
    /// <returns>The three.</returns>
    public static IReadOnlyList<Contender> All(ScalingPolicy ours, int min, int max) => [Ours(ours, min, max), Threshold(min, max), Hpa(min, max)];

    /// <summary>Our policy with the simulation's bounds.</summary>
    /// <param name="ours">The policy.</param>
    /// <param name="min">The lowest count.</param>
    /// <param name="max">The highest count.</param>
    /// <returns>The contender.</returns>
    public static Contender Ours(ScalingPolicy ours, int min, int max) => new(
        "ours",
        "our ScalingPolicy",
        ours with { MinInstances = min, MaxInstances = max });

    /// <summary>
    /// CloudBase Run's documented scaler, tcbr <c>HpaPolicy {PolicyType: "cpu", PolicyThreshold: 60}</c>. The platform
    /// documents only the CPU threshold; the struct's name suggests a Kubernetes HPA, so this is an HPA with a 60 %
    /// CPU target and Kubernetes' default behavior, and no cooldowns.
    /// </summary>
    /// <param name="min">The lowest count.</param>
    /// <param name="max">The highest count.</param>
    /// <returns>The contender.</returns>
    public static Contender Threshold(int min, int max) => new(
        "threshold",
        "CloudBase Run's HpaPolicy cpu 60, as a Kubernetes HPA with default behavior",
        Hpa(min, max, 60, TimeSpan.FromSeconds(300)));

    /// <summary>Plain HPA defaults without stabilisation: CPU 70 %, tolerance 0.1, no windows, default rate policies, no cooldowns.</summary>
    /// <param name="min">The lowest count.</param>
    /// <param name="max">The highest count.</param>
    /// <returns>The contender.</returns>
    public static Contender Hpa(int min, int max) => new(
        "hpa",
        "Kubernetes HPA defaults without a scale-down window",
        Hpa(min, max, 70, TimeSpan.Zero));

    private static ScalingPolicy Hpa(int min, int max, double cpuTarget, TimeSpan downWindow) => new(
        min,
        max,
        [new("cpu", MetricKind.Utilization, cpuTarget)],
        new DirectionBehavior(0.1, TimeSpan.Zero, HpaUpRates, PolicySelection.Max, TimeSpan.Zero),
        new DirectionBehavior(0.1, downWindow, HpaDownRates, PolicySelection.Max, TimeSpan.Zero),
        AlarmBehavior.Default);
}
