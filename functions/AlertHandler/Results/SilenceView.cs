namespace Functions.AlertHandler.Results;

/// <summary>A silence as commands show it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Matchers">Its matchers.</param>
/// <param name="StartsAt">When it starts.</param>
/// <param name="EndsAt">When it ends.</param>
/// <param name="CreatedBy">Who made it.</param>
/// <param name="Comment">Why.</param>
/// <param name="State">active, pending or expired.</param>
internal sealed record SilenceView(string Id, IReadOnlyList<string> Matchers, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string CreatedBy, string Comment, string State);
