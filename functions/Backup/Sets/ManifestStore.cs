using System.Text.Json;
using Functions.Backup.Repository;

namespace Functions.Backup.Sets;

/// <summary>Reads and writes manifests, and finds sets that never got one.</summary>
/// <param name="repository">The repository.</param>
internal sealed class ManifestStore(IBackupRepository repository)
{
    public Task WriteAsync(BackupManifest manifest, CancellationToken cancellationToken) =>
        repository.PutAsync(SetLayout.Manifest(manifest.SetId), JsonSerializer.SerializeToUtf8Bytes(manifest, BackupJsonContext.Default.BackupManifest), cancellationToken);

    public async Task<BackupManifest?> ReadAsync(string setId, CancellationToken cancellationToken)
    {
        await using var stream = await repository.OpenReadAsync(SetLayout.Manifest(setId), cancellationToken);
        if (stream is null)
        {
            return null;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync(stream, BackupJsonContext.Default.BackupManifest, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The manifest of set {setId} is not valid: {e.Message}", e);
        }
    }

    /// <summary>Every set's manifest, oldest first, and the ids of sets that have objects but no manifest.</summary>
    /// <param name="cancellationToken">Cancels listing.</param>
    /// <returns>The manifests and the incomplete set ids.</returns>
    public async Task<(IReadOnlyList<BackupManifest> Sets, IReadOnlyList<string> WithoutManifest)> ListAsync(CancellationToken cancellationToken)
    {
        var withManifest = new SortedSet<string>(StringComparer.Ordinal);
        var all = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var key in repository.ListAsync(SetLayout.SetsPrefix, cancellationToken))
        {
            if (SetLayout.SetIdOf(key) is not { } id)
            {
                continue;
            }

            all.Add(id);
            if (key == SetLayout.Manifest(id))
            {
                withManifest.Add(id);
            }
        }

        var manifests = new List<BackupManifest>();
        foreach (var id in withManifest)
        {
            if (await ReadAsync(id, cancellationToken) is { } manifest)
            {
                manifests.Add(manifest);
            }
        }

        return (manifests.OrderBy(m => m.StartedAt).ToArray(), all.Except(withManifest).ToArray());
    }

    /// <summary>Deletes every object of a set, the manifest first so the set stops existing before its parts go.</summary>
    /// <param name="setId">The set.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>How many objects were deleted.</returns>
    public async Task<int> DeleteSetAsync(string setId, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        await foreach (var key in repository.ListAsync($"{SetLayout.SetsPrefix}{setId}/", cancellationToken))
        {
            keys.Add(key);
        }

        var manifest = SetLayout.Manifest(setId);
        foreach (var key in keys.OrderBy(k => k == manifest ? 0 : 1))
        {
            await repository.DeleteAsync(key, cancellationToken);
        }

        return keys.Count;
    }
}
