namespace Functions.DeployOrchestrator.Configuration;

/// <summary>Which service a push deploys, or why none.</summary>
/// <param name="Service">The service, or null.</param>
/// <param name="Reason">Why no service matched, or null.</param>
internal sealed record ServiceRoute(ServiceConfig? Service, string? Reason)
{
    /// <summary>Whether a service matched.</summary>
    public bool Matched => Service is not null;
}
