using Functions.Backup.Retention;

namespace Functions.Backup.Runs;

/// <summary>What retention did (or, in a dry run, would do).</summary>
/// <param name="DryRun">Whether anything was deleted.</param>
/// <param name="Decisions">Each set with a manifest, kept or not, and why.</param>
/// <param name="IncompleteSetsRemoved">Sets without a manifest older than the grace period.</param>
/// <param name="StaleUploadsRemoved">Unfinished uploads older than the grace period.</param>
internal sealed record PruneOutcome(bool DryRun, IReadOnlyList<RetentionDecision> Decisions, IReadOnlyList<string> IncompleteSetsRemoved, int StaleUploadsRemoved);
