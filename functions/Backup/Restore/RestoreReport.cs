namespace Functions.Backup.Restore;

/// <summary>What a restore did.</summary>
/// <param name="Source">The source.</param>
/// <param name="Target">Where it went (credentials removed).</param>
/// <param name="Summary">What was restored, e.g. <c>12 tables, 48,210 rows</c> or <c>1,204 keys</c>.</param>
/// <param name="Bytes">Plaintext bytes read from the set.</param>
/// <param name="Duration">How long it took.</param>
internal sealed record RestoreReport(string Source, string Target, string Summary, long Bytes, TimeSpan Duration);
