namespace Functions.Backup.Results;

/// <summary>A restore's result.</summary>
/// <param name="SetId">The set restored from.</param>
/// <param name="Source">The source.</param>
/// <param name="Target">Where to (credentials removed).</param>
/// <param name="Summary">What was restored.</param>
/// <param name="Bytes">Bytes read from the set (every one checked against the manifest).</param>
/// <param name="Seconds">How long it took.</param>
internal sealed record RestoreResult(string SetId, string Source, string Target, string Summary, long Bytes, double Seconds);
