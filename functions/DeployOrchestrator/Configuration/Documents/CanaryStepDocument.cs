using System.Text.Json;

namespace Functions.DeployOrchestrator.Configuration.Documents;

/// <summary>
/// One canary step as written, with exactly one key: <c>setWeight</c>, <c>pause</c> (a duration, <c>{}</c> to wait for
/// promote, or <c>{"duration": "2m"}</c>), <c>analysis</c> or <c>healthCheck</c> (names defined on the service).
/// </summary>
internal sealed class CanaryStepDocument
{
    public int? SetWeight { get; init; }

    public JsonElement? Pause { get; init; }

    public string? Analysis { get; init; }

    public string? HealthCheck { get; init; }
}
