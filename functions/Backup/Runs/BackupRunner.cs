using Functions.Backup.Pipeline;
using Functions.Backup.Repository;
using Functions.Backup.Sets;
using Microsoft.Extensions.Logging;

namespace Functions.Backup.Runs;

/// <summary>
/// One backup run into one set: sources in parallel (one failing does not stop the others), each object verified
/// read back, then the manifest, last. A retry of the same timer slot finds the set: a complete set is left alone,
/// an incomplete one gets only its failed sources again. A run cut off by its deadline writes no manifest.
/// </summary>
/// <param name="repository">The repository.</param>
/// <param name="sources">The configured sources.</param>
/// <param name="sourceRunner">Backs up and verifies one source.</param>
/// <param name="time">The clock.</param>
/// <param name="functionVersion">Recorded in manifests.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class BackupRunner(
    IBackupRepository repository, IReadOnlyList<IBackupSource> sources, SourceRunner sourceRunner, TimeProvider time, string functionVersion, ILogger logger)
{
    public async Task<BackupOutcome> RunAsync(BackupRequest request, CancellationToken cancellationToken)
    {
        var manifests = new ManifestStore(repository);
        var existing = await manifests.ReadAsync(request.SetId, cancellationToken);
        if (existing is { Complete: true })
        {
            LogAlreadyDone(request.SetId);
            return new BackupOutcome(existing, AlreadyDone: true);
        }

        var wanted = Select(request.Sources);
        var kept = existing?.Sources.Where(s => s.Good && wanted.Any(w => w.Name == s.Name)).ToArray() ?? [];
        var toRun = wanted.Where(s => kept.All(k => k.Name != s.Name)).ToArray();
        var started = existing?.StartedAt ?? time.GetUtcNow();
        LogStarting(request.SetId, string.Join(",", toRun.Select(s => s.Name)), kept.Length);

        var ran = await Task.WhenAll(toRun.Select(s => sourceRunner.RunAsync(s, request.SetId, cancellationToken)));

        // Past the deadline nothing is recorded: a set without a manifest does not exist, and retention removes its parts.
        cancellationToken.ThrowIfCancellationRequested();
        var entries = kept.Concat(ran).OrderBy(e => e.Name, StringComparer.Ordinal).ToArray();
        if (entries.All(e => !e.Succeeded))
        {
            return new BackupOutcome(Manifest(request, started, entries), AlreadyDone: false, Written: false);
        }

        var manifest = Manifest(request, started, entries);
        await manifests.WriteAsync(manifest, cancellationToken);
        LogWritten(request.SetId, manifest.Complete);
        return new BackupOutcome(manifest, AlreadyDone: false);
    }

    private IReadOnlyList<IBackupSource> Select(IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return sources;
        }

        var unknown = names.Where(n => sources.All(s => s.Name != n)).ToArray();
        return unknown.Length == 0
            ? sources.Where(s => names.Contains(s.Name)).ToArray()
            : throw new Scf.Errors.InvalidArgumentsException(
                $"unknown or unconfigured source(s) {string.Join(", ", unknown)}; configured: {string.Join(", ", sources.Select(s => s.Name))}.");
    }

    private BackupManifest Manifest(BackupRequest request, DateTimeOffset started, SourceEntry[] entries) =>
        new(BackupManifest.CurrentFormat, request.SetId, request.Plan, request.Trigger, started, time.GetUtcNow(), functionVersion,
            repository.Location, entries.Length > 0 && entries.All(e => e.Good), entries);

    [LoggerMessage(EventId = 2600, Level = LogLevel.Information, Message = "Set {SetId} is already complete; nothing to do")]
    private partial void LogAlreadyDone(string setId);

    [LoggerMessage(EventId = 2601, Level = LogLevel.Information, Message = "Backing up set {SetId}: {Sources} ({Kept} sources kept from an earlier attempt)")]
    private partial void LogStarting(string setId, string sources, int kept);

    [LoggerMessage(EventId = 2602, Level = LogLevel.Information, Message = "Manifest of set {SetId} written; complete {Complete}")]
    private partial void LogWritten(string setId, bool complete);
}
