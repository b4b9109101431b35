namespace Functions.Backup.Pipeline;

/// <summary>What a source did: its objects, how (the mode), and details worth keeping (versions, counts).</summary>
/// <param name="Source">The source's name.</param>
/// <param name="Mode">How it was taken, e.g. <c>pg_dump -Fc</c>, <c>rdb-replication</c>, <c>logical</c>.</param>
/// <param name="Details">Tool and server versions, databases, key counts, … (string values, as the manifest stores them).</param>
/// <param name="Objects">The objects written, in order.</param>
internal sealed record SourceReport(string Source, string Mode, IReadOnlyDictionary<string, string> Details, IReadOnlyList<StoredObject> Objects);
