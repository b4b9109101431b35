namespace Functions.Autoscaler.Policy;

/// <summary>How much one direction may change within a sliding period (HPA <c>HPAScalingPolicy</c>).</summary>
/// <param name="Type">Instances or percent.</param>
/// <param name="Value">How many instances, or what percentage of the count at the start of the period. Positive.</param>
/// <param name="Period">The sliding period, measured over the recorded scale events.</param>
internal sealed record RatePolicy(RatePolicyType Type, int Value, TimeSpan Period);
