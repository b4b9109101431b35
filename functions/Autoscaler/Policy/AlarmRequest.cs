namespace Functions.Autoscaler.Policy;

/// <summary>A scale request forwarded from an alarm by AlertHandler.</summary>
/// <param name="AlarmId">The alarm's id: a request whose id was already taken is a duplicate delivery and ignored.</param>
/// <param name="Direction">Up (usually) or down.</param>
/// <param name="Reason">What the alarm said.</param>
internal sealed record AlarmRequest(string AlarmId, ScaleDirection Direction, string? Reason);
