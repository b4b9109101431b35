using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Documents;

/// <summary>An earlier applied change: <c>{"at":"…","from":3,"to":5,"trigger":"metrics"}</c>.</summary>
internal sealed class ScaleEventDocument
{
    public DateTimeOffset? At { get; init; }

    public int? From { get; init; }

    public int? To { get; init; }

    public ScaleTrigger? Trigger { get; init; }
}
