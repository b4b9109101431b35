namespace Functions.AlertHandler.Results;

/// <summary>A recent action as status shows it.</summary>
/// <param name="Key">Its idempotency key.</param>
/// <param name="Type">Its type.</param>
/// <param name="AlertName">The alert that asked for it.</param>
/// <param name="Status">What became of it.</param>
/// <param name="Detail">What was done, or why not.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="FinishedAt">When it finished.</param>
/// <param name="CooldownUntil">For a performed action: until when the route's next one of this type is held back.</param>
internal sealed record ActionView(string Key, string Type, string AlertName, string Status, string? Detail, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, DateTimeOffset? CooldownUntil);
