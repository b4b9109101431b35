using System.Text.Json.Serialization;

namespace Functions.AlertHandler.Actions;

/// <summary>The Backup function's <c>backup</c> command under the <c>alert</c> plan.</summary>
internal sealed record BackupCommand
{
    [JsonPropertyName("command")]
    public string Command { get; init; } = "backup";

    [JsonPropertyName("plan")]
    public string Plan { get; init; } = "alert";
}
