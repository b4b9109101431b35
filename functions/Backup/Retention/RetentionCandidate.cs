namespace Functions.Backup.Retention;

/// <summary>A set as retention sees it.</summary>
/// <param name="SetId">The set.</param>
/// <param name="Time">When it was taken.</param>
/// <param name="Good">Complete: every source succeeded and verified. Only good sets count towards the rules.</param>
internal sealed record RetentionCandidate(string SetId, DateTimeOffset Time, bool Good);
