using System.Text.Json.Serialization;

namespace Functions.Autoscaler.Simulation.Report;

/// <summary>Source-generated JSON for the <c>simulate</c> command's result (NativeAOT: no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SimulationReport))]
internal sealed partial class SimulationJsonContext : JsonSerializerContext;
