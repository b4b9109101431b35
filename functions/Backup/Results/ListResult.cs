namespace Functions.Backup.Results;

/// <summary>The sets in the repository.</summary>
/// <param name="Repository">Where.</param>
/// <param name="Sets">Sets with a manifest, newest first.</param>
/// <param name="WithoutManifest">Set folders without a manifest (runs that never finished; not restorable).</param>
internal sealed record ListResult(string Repository, IReadOnlyList<SetSummary> Sets, IReadOnlyList<string> WithoutManifest);
