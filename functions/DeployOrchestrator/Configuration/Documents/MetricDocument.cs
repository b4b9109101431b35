namespace Functions.DeployOrchestrator.Configuration.Documents;

/// <summary>One metric of an analysis as written.</summary>
internal sealed class MetricDocument
{
    public string? Name { get; init; }

    public string? Query { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public int? FailureLimit { get; init; }

    public int? InconclusiveLimit { get; init; }

    public int? ConsecutiveErrorLimit { get; init; }

    public string? NoData { get; init; }
}
