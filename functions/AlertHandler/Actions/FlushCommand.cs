using System.Text.Json.Serialization;

namespace Functions.AlertHandler.Actions;

/// <summary>The AlertHandler's own <c>flush</c> command, invoked asynchronously so a callback is answered first.</summary>
internal sealed record FlushCommand
{
    [JsonPropertyName("command")]
    public string Command { get; init; } = "flush";
}
