namespace Functions.Backup.Results;

/// <summary>What retention did or would do.</summary>
/// <param name="DryRun">True when nothing was deleted.</param>
/// <param name="Kept">Sets kept, with the rules that keep them.</param>
/// <param name="Removed">Sets removed (or that would be), with why.</param>
/// <param name="IncompleteSetsRemoved">Sets without a manifest past the grace period.</param>
/// <param name="StaleUploadsRemoved">Unfinished uploads past the grace period.</param>
internal sealed record PruneResult(bool DryRun, IReadOnlyList<SetDecision> Kept, IReadOnlyList<SetDecision> Removed, IReadOnlyList<string> IncompleteSetsRemoved, int StaleUploadsRemoved)
{
    /// <summary>Why retention could not finish, when it could not (the backup it followed is still good).</summary>
    public string? Error { get; init; }
}
