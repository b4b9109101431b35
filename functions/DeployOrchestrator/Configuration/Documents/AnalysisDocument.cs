namespace Functions.DeployOrchestrator.Configuration.Documents;

/// <summary>A metric analysis as written.</summary>
internal sealed class AnalysisDocument
{
    public string? Interval { get; init; }

    public int? Count { get; init; }

    public string? InitialDelay { get; init; }

    public string? Inconclusive { get; init; }

    public List<MetricDocument>? Metrics { get; init; }
}
