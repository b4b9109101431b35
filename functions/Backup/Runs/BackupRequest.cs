namespace Functions.Backup.Runs;

/// <summary>One backup run: which set, why, and which sources.</summary>
/// <param name="SetId">The set to write (a timer slot's id makes retries land in the same set).</param>
/// <param name="Plan">The plan's name.</param>
/// <param name="Trigger">What started it.</param>
/// <param name="Sources">The sources to back up (empty: all configured).</param>
internal sealed record BackupRequest(string SetId, string Plan, string Trigger, IReadOnlyList<string> Sources);
