using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Documents;

/// <summary>A forwarded alarm: <c>{"alarmId":"…","direction":"up","reason":"…"}</c>.</summary>
internal sealed class AlarmDocument
{
    public string? AlarmId { get; init; }

    public ScaleDirection? Direction { get; init; }

    public string? Reason { get; init; }
}
