using System.Text.Json.Serialization;

namespace Functions.Backup.Results;

/// <summary>Source-generated JSON for the function's results.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(BackupResult))]
[JsonSerializable(typeof(ListResult))]
[JsonSerializable(typeof(VerifyResult))]
[JsonSerializable(typeof(RestoreResult))]
[JsonSerializable(typeof(PruneResult))]
internal sealed partial class BackupResultsJsonContext : JsonSerializerContext;
