namespace Functions.AlertHandler.Results;

/// <summary>How one action ended.</summary>
/// <param name="Key">Its idempotency key.</param>
/// <param name="Type">scale_up, restart or backup.</param>
/// <param name="AlertName">The alert that asked for it.</param>
/// <param name="Status">done, dry_run, skipped, failed, or pending (to be retried).</param>
/// <param name="Detail">What was done, or why not.</param>
internal sealed record ActionOutcome(string Key, string Type, string AlertName, string Status, string Detail);
