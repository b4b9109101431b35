using Functions.Backup.Sets;
using Functions.Scf.Errors;

namespace Functions.Backup.Runs;

/// <summary>Resolves <c>latest</c> or a set id to a manifest, with errors that say what exists.</summary>
internal static class SetSelection
{
    public const string Latest = "latest";

    /// <summary>Finds a set.</summary>
    /// <param name="manifests">The manifests.</param>
    /// <param name="selector"><c>latest</c> (the newest set <paramref name="usable"/> accepts) or a set id.</param>
    /// <param name="usable">What makes a set usable for <c>latest</c>.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The manifest.</returns>
    public static async Task<BackupManifest> FindAsync(ManifestStore manifests, string selector, Func<BackupManifest, bool> usable, CancellationToken cancellationToken)
    {
        if (selector == Latest)
        {
            var (sets, _) = await manifests.ListAsync(cancellationToken);
            return sets.LastOrDefault(usable) ?? throw new InvalidArgumentsException("there is no usable set yet; run a backup first (or list the sets).");
        }

        if (!SetLayout.IsValid(selector))
        {
            throw new InvalidArgumentsException($"field 'set' must be \"latest\" or a set id such as 20261127T183000Z, not '{selector}'.");
        }

        return await manifests.ReadAsync(selector, cancellationToken)
            ?? throw new InvalidArgumentsException($"set {selector} has no manifest: it does not exist or its run never finished. Use the list command.");
    }
}
