using System.Text.Json;

namespace Functions.Scf.Events;

/// <summary>
/// A Cloud Monitor alarm delivered straight to the function. The envelope carries what routing needs;
/// the AlertHandler reads the rest of <see cref="InvocationEvent.Json"/>.
/// </summary>
/// <param name="Json">The whole alarm body.</param>
/// <param name="SessionId">The alarm's session id.</param>
/// <param name="Firing">True when <c>alarmStatus</c> is 1 (alarming), false when 0 (recovered).</param>
/// <param name="AlarmType">"metric" or "event" (empty when absent).</param>
public sealed record AlarmEvent(JsonElement Json, string SessionId, bool Firing, string AlarmType) : InvocationEvent(Json)
{
    /// <inheritdoc />
    public override EventKind Kind => EventKind.Alarm;
}
