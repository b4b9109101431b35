using Functions.Backup.Sets;

namespace Functions.Backup.Runs;

/// <summary>What a run produced.</summary>
/// <param name="Manifest">The set's manifest (not written when every source failed).</param>
/// <param name="AlreadyDone">The set was already complete (a retried timer fire).</param>
/// <param name="Written">Whether the manifest was written.</param>
internal sealed record BackupOutcome(BackupManifest Manifest, bool AlreadyDone, bool Written = true);
