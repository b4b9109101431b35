using Functions.Backup.Restore;
using Functions.Backup.Results;
using Functions.Backup.Sets;
using Functions.Scf.Errors;

namespace Functions.Backup.Runs;

/// <summary>Finds the set and source asked for and hands them to the source's restorer.</summary>
/// <param name="manifests">The manifests.</param>
/// <param name="restorers">One per source.</param>
/// <param name="reader">Opens objects, checking them as they stream.</param>
internal sealed class RestoreRunner(ManifestStore manifests, IReadOnlyList<ISourceRestorer> restorers, IObjectReader reader)
{
    public async Task<RestoreResult> RunAsync(string setSelector, string source, string target, bool clean, CancellationToken cancellationToken)
    {
        var restorer = restorers.FirstOrDefault(r => r.Source == source)
            ?? throw new InvalidArgumentsException($"field 'source' must be one of {string.Join(", ", restorers.Select(r => r.Source))}, not '{source}'.");
        var manifest = await SetSelection.FindAsync(manifests, setSelector, m => m.Source(source)?.Good == true, cancellationToken);
        var entry = manifest.Source(source);
        if (entry is not { Good: true })
        {
            throw new InvalidArgumentsException($"set {manifest.SetId} has no verified backup of {source}" + (entry?.Error is { } error ? $" (it failed: {error})." : "."));
        }

        var report = await restorer.RestoreAsync(new RestoreRequest(manifest.SetId, entry.Objects, target, clean, entry.Details), reader, cancellationToken);
        return new RestoreResult(manifest.SetId, source, report.Target, report.Summary, report.Bytes, Math.Round(report.Duration.TotalSeconds, 2));
    }
}
