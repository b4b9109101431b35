namespace Functions.Backup.Results;

/// <summary>The result of a backup run.</summary>
/// <param name="Set">The set.</param>
/// <param name="AlreadyDone">The set was already complete (a retried timer fire): nothing was done.</param>
/// <param name="Repository">Where it is.</param>
/// <param name="Retention">What retention did after the run, when it ran.</param>
internal sealed record BackupResult(SetSummary Set, bool AlreadyDone, string Repository, PruneResult? Retention)
{
    /// <summary>Whether the manifest was written (not when every source failed).</summary>
    public bool Written { get; init; } = true;
}
