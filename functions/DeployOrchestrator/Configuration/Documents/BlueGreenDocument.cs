namespace Functions.DeployOrchestrator.Configuration.Documents;

/// <summary>A blue-green strategy as written (Argo's fields, durations instead of seconds).</summary>
internal sealed class BlueGreenDocument
{
    public List<string>? HealthChecks { get; init; }

    public string? PrePromotionAnalysis { get; init; }

    public string? AutoPromotionAfter { get; init; }

    public string? PostPromotionAnalysis { get; init; }

    public string? ScaleDownDelay { get; init; }
}
