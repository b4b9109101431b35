namespace Functions.Autoscaler.Documents;

/// <summary>A metric's reading: <c>{"name":"cpu","value":82.5}</c>, or <c>{"name":"memory","problem":"no samples"}</c>.</summary>
internal sealed class MetricReadingDocument
{
    public string? Name { get; init; }

    public double? Value { get; init; }

    public string? Problem { get; init; }
}
