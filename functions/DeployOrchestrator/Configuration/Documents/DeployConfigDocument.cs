namespace Functions.DeployOrchestrator.Configuration.Documents;

/// <summary>The configuration file as written.</summary>
internal sealed class DeployConfigDocument
{
    public List<ServiceDocument>? Services { get; init; }

    public NotifyDocument? Notify { get; init; }
}
