namespace Functions.DeployOrchestrator.Configuration.Documents;

/// <summary>A service's strategy: exactly one of canary or blue-green.</summary>
internal sealed class StrategyDocument
{
    public CanaryDocument? Canary { get; init; }

    public BlueGreenDocument? BlueGreen { get; init; }
}
