using System.Text.Json;
using System.Text.Json.Serialization;

namespace Functions.Backup.Sources.LabelStudio;

/// <summary>Source-generated JSON for Label Studio's API (snake_case, as Django REST framework writes it) and for
/// reading an export's tasks one by one.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ProjectPage))]
[JsonSerializable(typeof(LabelStudioProject[]))]
[JsonSerializable(typeof(ExportSnapshot))]
[JsonSerializable(typeof(CreateExportRequest))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class LabelStudioJsonContext : JsonSerializerContext;
