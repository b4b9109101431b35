namespace Functions.Backup.Sources.LabelStudio;

/// <summary>An export snapshot as <c>/api/projects/{id}/exports/</c> describes it (the fields the backup uses).</summary>
/// <param name="Id">The snapshot's id (<c>export_pk</c>).</param>
/// <param name="Status"><c>created</c>, <c>in_progress</c>, <c>completed</c> or <c>failed</c>.</param>
/// <param name="Md5">MD5 of the exported JSON file, once completed.</param>
/// <param name="Counters">Counts, e.g. <c>task_number</c>.</param>
internal sealed record ExportSnapshot(int Id, string? Status, string? Md5, ExportCounters? Counters)
{
    /// <summary>The status of a finished export.</summary>
    public const string Completed = "completed";

    /// <summary>The status of a failed export.</summary>
    public const string Failed = "failed";
}
