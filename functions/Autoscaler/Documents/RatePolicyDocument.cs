using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Documents;

/// <summary>A rate policy: <c>{"type":"percent","value":100,"periodSeconds":15}</c>.</summary>
internal sealed class RatePolicyDocument
{
    public RatePolicyType? Type { get; init; }

    public int? Value { get; init; }

    public int? PeriodSeconds { get; init; }
}
