namespace Functions.Backup.Sets;

/// <summary>
/// The record of one backup set, written last: a set without a manifest does not exist for list, restore or
/// retention. <see cref="Complete"/> is true only when every source succeeded and every object verified.
/// </summary>
/// <param name="FormatVersion">This record's format.</param>
/// <param name="SetId">The set.</param>
/// <param name="Plan">The plan that made it (e.g. nightly, manual).</param>
/// <param name="Trigger">What started it (timer name and slot, or command).</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="CompletedAt">When the manifest was written.</param>
/// <param name="FunctionVersion">The Backup function's version.</param>
/// <param name="Repository">Where it is stored.</param>
/// <param name="Complete">Every source succeeded and verified.</param>
/// <param name="Sources">Each source's outcome.</param>
internal sealed record BackupManifest(
    int FormatVersion,
    string SetId,
    string Plan,
    string Trigger,
    DateTimeOffset StartedAt,
    DateTimeOffset CompletedAt,
    string FunctionVersion,
    string Repository,
    bool Complete,
    IReadOnlyList<SourceEntry> Sources)
{
    /// <summary>The current format.</summary>
    public const int CurrentFormat = 1;

    /// <summary>A source's entry, or null.</summary>
    /// <param name="name">The source.</param>
    /// <returns>The entry.</returns>
    public SourceEntry? Source(string name) => Sources.FirstOrDefault(s => s.Name == name);
}
