namespace Functions.DeployOrchestrator.Configuration;

/// <summary>How a service's new version takes over.</summary>
internal enum StrategyKind
{
    /// <summary>A list of steps shifting traffic gradually.</summary>
    Canary,

    /// <summary>Preview, promote at once, keep the old version warm, then scale it down.</summary>
    BlueGreen,
}
