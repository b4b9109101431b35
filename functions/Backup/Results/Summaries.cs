using Functions.Backup.Runs;
using Functions.Backup.Sets;

namespace Functions.Backup.Results;

/// <summary>Turns manifests and retention outcomes into the results operators read.</summary>
internal static class Summaries
{
    public static SetSummary Of(BackupManifest manifest) =>
        new(manifest.SetId, manifest.Plan, manifest.StartedAt, manifest.CompletedAt, manifest.Complete, manifest.Sources.Select(Of).ToArray());

    public static SourceSummary Of(SourceEntry source)
    {
        var bytes = source.Objects.Sum(o => o.PlainSize);
        var seconds = Math.Round(source.DurationMs / 1000, 2);
        return new SourceSummary(
            source.Name, source.Succeeded, source.Good, source.Mode, source.Error, bytes, source.Objects.Sum(o => o.StoredSize), seconds,
            Math.Round(bytes / 1048576.0 / Math.Max(seconds, 0.001), 1),
            source.Objects.Select(o => Object(o, source.Verification.FirstOrDefault(v => v.Object == o.Name))).ToArray());
    }

    public static ObjectSummary Object(Pipeline.StoredObject stored, VerificationEntry? check) =>
        new(stored.Key, stored.PlainSize, stored.StoredSize, stored.Sha256, stored.Compression, stored.EncryptionKeyId,
            check is null ? "not verified" : check.Passed ? check.Check : $"{check.Check}: {check.Problem}", check?.Passed ?? false);

    public static PruneResult Of(PruneOutcome outcome) =>
        new(outcome.DryRun,
            outcome.Decisions.Where(d => d.Keep).Select(d => new SetDecision(d.SetId, d.Reasons)).ToArray(),
            outcome.Decisions.Where(d => !d.Keep).Select(d => new SetDecision(d.SetId, d.Reasons)).ToArray(),
            outcome.IncompleteSetsRemoved,
            outcome.StaleUploadsRemoved);

    /// <summary>One line per source, for an error message or a notification.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <returns>The text.</returns>
    public static string Line(BackupManifest manifest) =>
        string.Join("; ", manifest.Sources.Select(s => s.Good ? $"{s.Name} ok" : s.Succeeded ? $"{s.Name} stored but failed verification" : $"{s.Name} failed: {s.Error}"));
}
