using System.Text.Json.Serialization;

namespace Functions.DeployOrchestrator.Results;

/// <summary>Source-generated JSON for the DeployOrchestrator's results.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StatusResult))]
[JsonSerializable(typeof(CommandResult))]
[JsonSerializable(typeof(WebhookResult))]
[JsonSerializable(typeof(StepResult))]
internal sealed partial class DeployJsonContext : JsonSerializerContext;
