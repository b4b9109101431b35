using Functions.Backup.Configuration;
using Functions.Backup.Pipeline;
using Functions.Backup.Repository;
using Functions.Backup.Restore;
using Functions.Backup.Results;
using Functions.Backup.Sets;
using Microsoft.Extensions.Logging;

namespace Functions.Backup.Runs;

/// <summary>What the handler's events and commands do: back up (then retention), list, verify, restore, prune.</summary>
internal sealed class BackupService(
    BackupConfiguration configuration,
    IBackupRepository repository,
    IReadOnlyList<IBackupSource> sources,
    IReadOnlyList<ISourceRestorer> restorers,
    IObjectReader reader,
    ManifestStore manifests,
    SetVerifier verifier,
    TimeProvider time,
    ILoggerFactory loggers)
{
    public async Task<BackupResult> BackupAsync(BackupRequest request, string functionVersion, CancellationToken cancellationToken)
    {
        var runner = new BackupRunner(repository, sources,
            new SourceRunner(repository, configuration.Encoding, verifier, time, loggers.CreateLogger<SourceRunner>()), time, functionVersion, loggers.CreateLogger<BackupRunner>());
        var outcome = await runner.RunAsync(request with { Sources = request.Sources.Count > 0 ? request.Sources : configuration.Sources }, cancellationToken);

        // Retention only after a good run: a failing backup never deletes anything.
        var retention = outcome.Manifest.Complete && !outcome.AlreadyDone ? await RetainAfterRunAsync(cancellationToken) : null;
        return new BackupResult(Summaries.Of(outcome.Manifest), outcome.AlreadyDone, repository.Location, retention) { Written = outcome.Written };
    }

    public async Task<ListResult> ListAsync(CancellationToken cancellationToken)
    {
        var (sets, withoutManifest) = await manifests.ListAsync(cancellationToken);
        return new ListResult(repository.Location, sets.Reverse().Select(Summaries.Of).ToArray(), withoutManifest);
    }

    public async Task<VerifyResult> VerifyAsync(string setSelector, CancellationToken cancellationToken)
    {
        var manifest = await SetSelection.FindAsync(manifests, setSelector, m => m.Sources.Any(s => s.Succeeded), cancellationToken);
        var objects = new List<ObjectSummary>();
        foreach (var stored in manifest.Sources.SelectMany(s => s.Objects))
        {
            objects.Add(Summaries.Object(stored, await verifier.VerifyAsync(stored, cancellationToken)));
        }

        return new VerifyResult(manifest.SetId, objects.Count > 0 && objects.All(o => o.Verified), objects);
    }

    public Task<RestoreResult> RestoreAsync(string setSelector, string source, string target, bool clean, CancellationToken cancellationToken) =>
        new RestoreRunner(manifests, restorers, reader).RunAsync(setSelector, source, target, clean, cancellationToken);

    public async Task<PruneResult> PruneAsync(bool dryRun, CancellationToken cancellationToken) =>
        Summaries.Of(await Retention().RunAsync(dryRun, cancellationToken));

    // The set is safely recorded by now: a retention failure is reported with the result, not as a failed backup.
    private async Task<PruneResult> RetainAfterRunAsync(CancellationToken cancellationToken)
    {
        try
        {
            return Summaries.Of(await Retention().RunAsync(dryRun: false, cancellationToken));
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not OutOfMemoryException)
        {
            return new PruneResult(false, [], [], [], 0) { Error = e.Message };
        }
    }

    private RetentionRunner Retention() =>
        new(repository, configuration.Retention, configuration.StaleGrace, time, loggers.CreateLogger<RetentionRunner>());
}
