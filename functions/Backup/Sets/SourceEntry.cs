using Functions.Backup.Pipeline;

namespace Functions.Backup.Sets;

/// <summary>One source's outcome in a set.</summary>
/// <param name="Name">The source.</param>
/// <param name="Succeeded">Whether it was backed up.</param>
/// <param name="Mode">How (pg_dump -Fc, rdb-replication, logical, …).</param>
/// <param name="Error">Why it failed.</param>
/// <param name="DurationMs">How long it took.</param>
/// <param name="Details">Versions, databases, counts.</param>
/// <param name="Objects">Its objects.</param>
/// <param name="Verification">Each object's check after storing.</param>
internal sealed record SourceEntry(
    string Name,
    bool Succeeded,
    string? Mode,
    string? Error,
    double DurationMs,
    IReadOnlyDictionary<string, string> Details,
    IReadOnlyList<StoredObject> Objects,
    IReadOnlyList<VerificationEntry> Verification)
{
    /// <summary>Succeeded and every object verified.</summary>
    public bool Good => Succeeded && Objects.Count > 0 && Verification.Count == Objects.Count && Verification.All(v => v.Passed);
}
