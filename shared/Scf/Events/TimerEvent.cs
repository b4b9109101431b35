using System.Text.Json;

namespace Functions.Scf.Events;

/// <summary>A timer trigger's event.</summary>
/// <param name="Json">The whole event.</param>
/// <param name="TriggerName">The trigger's name (unique per function).</param>
/// <param name="Time">The <c>Time</c> field (documented as UTC), when it parses.</param>
/// <param name="Message">The trigger's argument; empty when none was configured.</param>
public sealed record TimerEvent(JsonElement Json, string TriggerName, DateTimeOffset? Time, string Message)
    : InvocationEvent(Json)
{
    /// <inheritdoc />
    public override EventKind Kind => EventKind.Timer;
}
