using System.Text.Json.Serialization;

namespace Functions.AlertHandler.Configuration.Documents;

/// <summary>
/// Source-generated JSON for the configuration file. Unknown keys are refused, so a misspelt <c>group_wiat</c> is an
/// error rather than a silently ignored setting; comments and trailing commas are allowed, as people edit the file.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(AlertConfigDocument))]
internal sealed partial class AlertConfigJsonContext : JsonSerializerContext;
