using System.Globalization;
using Functions.Backup.Repository;
using Functions.Backup.Retention;
using Functions.Backup.Sets;
using Microsoft.Extensions.Logging;

namespace Functions.Backup.Runs;

/// <summary>Applies retention to the repository: sets the policy drops, parts of sets that never got a manifest, stale uploads.</summary>
/// <param name="repository">The repository.</param>
/// <param name="rules">The rules.</param>
/// <param name="grace">Leftovers younger than this may belong to a run in progress and are kept.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class RetentionRunner(IBackupRepository repository, RetentionRules rules, TimeSpan grace, TimeProvider time, ILogger logger)
{
    public async Task<PruneOutcome> RunAsync(bool dryRun, CancellationToken cancellationToken)
    {
        var store = new ManifestStore(repository);
        var (sets, orphans) = await store.ListAsync(cancellationToken);
        var decisions = RetentionPolicy.Decide(sets.Select(s => new RetentionCandidate(s.SetId, s.StartedAt, s.Complete)).ToArray(), rules);
        var cutoff = time.GetUtcNow() - grace;
        var staleOrphans = orphans.Where(id => TimeOf(id) is { } when && when < cutoff).ToArray();

        if (!dryRun)
        {
            foreach (var decision in decisions.Where(d => !d.Keep))
            {
                LogRemoving(decision.SetId, string.Join("; ", decision.Reasons));
                await store.DeleteSetAsync(decision.SetId, cancellationToken);
            }

            foreach (var orphan in staleOrphans)
            {
                LogRemoving(orphan, "no manifest: the run that wrote it never finished");
                await store.DeleteSetAsync(orphan, cancellationToken);
            }
        }

        var uploads = await repository.CleanUpIncompleteWritesAsync(grace, dryRun, cancellationToken);
        return new PruneOutcome(dryRun, decisions, staleOrphans, uploads);
    }

    // Set ids start with their UTC time; anything else is left alone.
    private static DateTimeOffset? TimeOf(string setId) =>
        setId.Length >= 16 && DateTimeOffset.TryParseExact(setId[..16], "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var when)
            ? when
            : null;

    [LoggerMessage(EventId = 2400, Level = LogLevel.Information, Message = "Removing set {SetId}: {Reason}")]
    private partial void LogRemoving(string setId, string reason);
}
