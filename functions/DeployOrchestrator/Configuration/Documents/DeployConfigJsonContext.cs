using System.Text.Json.Serialization;

namespace Functions.DeployOrchestrator.Configuration.Documents;

/// <summary>
/// Source-generated JSON for the configuration file: camelCase keys (a receiver's <c>url_env</c>/<c>secret_env</c> keep
/// AlertHandler's spelling), unknown keys refused so a misspelt <c>progresDeadline</c> is an error, comments and
/// trailing commas allowed because people edit the file.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(DeployConfigDocument))]
internal sealed partial class DeployConfigJsonContext : JsonSerializerContext;
