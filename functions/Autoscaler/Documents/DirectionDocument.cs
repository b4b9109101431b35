using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Documents;

/// <summary>One direction's behaviour; omitted fields keep the base policy's.</summary>
internal sealed class DirectionDocument
{
    public double? Tolerance { get; init; }

    public int? StabilizationWindowSeconds { get; init; }

    public List<RatePolicyDocument>? Policies { get; init; }

    public PolicySelection? Select { get; init; }

    public int? CooldownSeconds { get; init; }
}
