using System.Text.Json.Serialization;

namespace Functions.DeployOrchestrator.Runs;

/// <summary>The <c>step</c> command the function sends itself to chain a run's next step.</summary>
/// <param name="RunId">The run.</param>
/// <param name="ExpectedVersion">The version the step expects; a stale invocation sees it moved and does nothing.</param>
internal sealed record StepCommand(
    [property: JsonPropertyName("runId")] long RunId,
    [property: JsonPropertyName("expectedVersion")] long ExpectedVersion)
{
    [JsonPropertyName("command")]
    public string Command { get; init; } = "step";
}
