namespace Functions.DeployOrchestrator.Configuration.Documents;

/// <summary>A service as written: which pushes deploy it, its checks and analyses, and its strategy.</summary>
internal sealed class ServiceDocument
{
    public string? Name { get; init; }

    public List<string>? Repositories { get; init; }

    public List<string>? Tags { get; init; }

    public string? ProgressDeadline { get; init; }

    public Dictionary<string, HealthCheckDocument>? HealthChecks { get; init; }

    public Dictionary<string, AnalysisDocument>? Analyses { get; init; }

    public StrategyDocument? Strategy { get; init; }
}
