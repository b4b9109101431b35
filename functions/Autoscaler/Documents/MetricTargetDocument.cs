using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Documents;

/// <summary>A tracked metric: <c>{"name":"cpu","kind":"utilization","target":70}</c>.</summary>
internal sealed class MetricTargetDocument
{
    public string? Name { get; init; }

    public MetricKind? Kind { get; init; }

    public double? Target { get; init; }
}
