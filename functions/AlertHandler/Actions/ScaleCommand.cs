using System.Text.Json.Serialization;

namespace Functions.AlertHandler.Actions;

/// <summary>The Autoscaler's <c>scale</c> command: an alarm-driven scale-up, de-duplicated there by <paramref name="AlarmId"/>.</summary>
/// <param name="AlarmId">The action's idempotency key, so a retried invoke scales once.</param>
/// <param name="Reason">Why, for the Autoscaler's decision record.</param>
internal sealed record ScaleCommand(
    [property: JsonPropertyName("alarmId")] string AlarmId,
    [property: JsonPropertyName("reason")] string Reason)
{
    [JsonPropertyName("command")]
    public string Command { get; init; } = "scale";

    [JsonPropertyName("direction")]
    public string Direction { get; init; } = "up";
}
