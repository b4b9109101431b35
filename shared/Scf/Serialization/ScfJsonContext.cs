using System.Text.Json.Serialization;
using Functions.Scf.Events;
using Functions.Scf.Hosting;

namespace Functions.Scf.Serialization;

/// <summary>Source-generated JSON metadata for the host's own payloads.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HttpResponse))]
[JsonSerializable(typeof(HttpErrorBody))]
[JsonSerializable(typeof(InvocationError))]
[JsonSerializable(typeof(HealthSummary))]
internal sealed partial class ScfJsonContext : JsonSerializerContext;
