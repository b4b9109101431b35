using System.Text.Json;

namespace Functions.Scf.Events;

/// <summary>A classified event: one of <see cref="TimerEvent"/>, <see cref="HttpRequestEvent"/>,
/// <see cref="CosEvent"/>, <see cref="CommandEvent"/> or <see cref="AlarmEvent"/>.</summary>
public abstract record InvocationEvent
{
    /// <summary>Creates the envelope over the event's JSON.</summary>
    /// <param name="json">The whole event object, detached from its parser.</param>
    protected InvocationEvent(JsonElement json)
    {
        Json = json;
    }

    /// <summary>What kind of event this is.</summary>
    public abstract EventKind Kind { get; }

    /// <summary>The whole event object, for fields the envelope does not model.</summary>
    public JsonElement Json { get; }
}
