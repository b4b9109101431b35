using System.Text.Json.Serialization;

namespace Functions.AlertHandler.Actions;

/// <summary>Source-generated JSON for the commands actions invoke.</summary>
[JsonSerializable(typeof(ScaleCommand))]
[JsonSerializable(typeof(BackupCommand))]
[JsonSerializable(typeof(FlushCommand))]
internal sealed partial class ActionJsonContext : JsonSerializerContext;
