using System.Text.Json.Serialization;
using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.State;

/// <summary>Source-generated JSON for the run document.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(RunState))]
internal sealed partial class RunStateJsonContext : JsonSerializerContext;
