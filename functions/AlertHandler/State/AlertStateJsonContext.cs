using System.Text.Json.Serialization;

namespace Functions.AlertHandler.State;

/// <summary>Source-generated JSON for the label and annotation columns.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class AlertStateJsonContext : JsonSerializerContext;
