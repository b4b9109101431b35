namespace Functions.DeployOrchestrator.Configuration.Documents;

/// <summary>A canary as written: its steps in order.</summary>
internal sealed class CanaryDocument
{
    public List<CanaryStepDocument>? Steps { get; init; }
}
