using System.Text.Json.Serialization;

namespace Functions.DeployOrchestrator.Runs;

/// <summary>Source-generated JSON for the chained command.</summary>
[JsonSerializable(typeof(StepCommand))]
internal sealed partial class ChainJsonContext : JsonSerializerContext;
