namespace Functions.Backup.Results;

/// <summary>One source's result.</summary>
/// <param name="Name">The source.</param>
/// <param name="Succeeded">Whether it was backed up.</param>
/// <param name="Verified">Whether every object passed its check.</param>
/// <param name="Mode">How it was taken.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="Bytes">Bytes the source produced.</param>
/// <param name="StoredBytes">Bytes stored.</param>
/// <param name="Seconds">How long it took.</param>
/// <param name="MegabytesPerSecond">Throughput of the source's bytes.</param>
/// <param name="Objects">Its objects.</param>
internal sealed record SourceSummary(
    string Name,
    bool Succeeded,
    bool Verified,
    string? Mode,
    string? Error,
    long Bytes,
    long StoredBytes,
    double Seconds,
    double MegabytesPerSecond,
    IReadOnlyList<ObjectSummary> Objects);
