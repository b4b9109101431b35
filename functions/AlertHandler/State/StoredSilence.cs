namespace Functions.AlertHandler.State;

/// <summary>A silence as stored: matchers in Alertmanager syntax, a time window and who made it, why.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Matchers">Matchers such as <c>alertname="HighCPU"</c>; all must match.</param>
/// <param name="StartsAt">When it starts muting.</param>
/// <param name="EndsAt">When it stops (expiring sets this to now).</param>
/// <param name="CreatedBy">Who made it.</param>
/// <param name="Comment">Why.</param>
/// <param name="CreatedAt">When it was made.</param>
internal sealed record StoredSilence(string Id, IReadOnlyList<string> Matchers, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string CreatedBy, string Comment, DateTimeOffset CreatedAt);
