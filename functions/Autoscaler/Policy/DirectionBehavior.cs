namespace Functions.Autoscaler.Policy;

/// <summary>How one direction (up or down) behaves: its dead band, stabilisation window, rate policies and cooldown.</summary>
/// <param name="Tolerance">The dead band on the ratio: no change while the ratio is within it (HPA's 0.1).</param>
/// <param name="StabilizationWindow">Up: the lowest recommendation of this window is used; down: the highest.</param>
/// <param name="Policies">Rate limits; none means unlimited.</param>
/// <param name="Select">Which policy wins, or Disabled to forbid this direction.</param>
/// <param name="Cooldown">The least time since the last change in this direction before another.</param>
internal sealed record DirectionBehavior(double Tolerance, TimeSpan StabilizationWindow, IReadOnlyList<RatePolicy> Policies, PolicySelection Select, TimeSpan Cooldown)
{
    /// <summary>HPA's default scale-up: no window, the larger of +4 instances or +100 % per 15 s; plus our 300 s cooldown.</summary>
    public static DirectionBehavior DefaultUp { get; } = new(
        0.1, TimeSpan.Zero, [new(RatePolicyType.Instances, 4, TimeSpan.FromSeconds(15)), new(RatePolicyType.Percent, 100, TimeSpan.FromSeconds(15))],
        PolicySelection.Max, TimeSpan.FromSeconds(300));

    /// <summary>HPA's default scale-down: the highest recommendation of 300 s, up to −100 % per 15 s; plus our 600 s cooldown.</summary>
    public static DirectionBehavior DefaultDown { get; } = new(
        0.1, TimeSpan.FromSeconds(300), [new(RatePolicyType.Percent, 100, TimeSpan.FromSeconds(15))], PolicySelection.Max, TimeSpan.FromSeconds(600));
}
