namespace Functions.Autoscaler.Documents;

/// <summary>How alarm-forwarded requests are taken: <c>{"step":1,"cooldownSeconds":120}</c>.</summary>
internal sealed class AlarmBehaviorDocument
{
    public int? Step { get; init; }

    public int? CooldownSeconds { get; init; }
}
