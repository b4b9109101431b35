using System.Text.Json.Serialization;

namespace Functions.AlertHandler.Results;

/// <summary>Source-generated JSON for the AlertHandler's results, camelCase like every function's.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CallbackResult))]
[JsonSerializable(typeof(FlushResult))]
[JsonSerializable(typeof(SilenceResult))]
[JsonSerializable(typeof(StatusResult))]
[JsonSerializable(typeof(TestResult))]
internal sealed partial class AlertHandlerJsonContext : JsonSerializerContext;
