namespace Functions.AlertHandler.State;

/// <summary>A queued action and what became of it.</summary>
/// <param name="Action">The action as queued.</param>
/// <param name="Status">pending, running, done, dry_run, skipped or failed.</param>
/// <param name="Detail">What was done, or why not.</param>
/// <param name="Attempts">How many times it was started.</param>
/// <param name="CreatedAt">When it was queued.</param>
/// <param name="FinishedAt">When it finished, or null.</param>
internal sealed record ActionRecord(QueuedAction Action, string Status, string? Detail, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);
