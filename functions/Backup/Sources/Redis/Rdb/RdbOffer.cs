namespace Functions.Backup.Sources.Redis.Rdb;

/// <summary>How the server announced the RDB it is about to send in answer to <c>SYNC</c>.</summary>
/// <param name="Length">The exact length after <c>$&lt;len&gt;</c> (disk-backed), or null.</param>
/// <param name="EofMark">The 40-byte mark after <c>$EOF:</c> (diskless), which ends the RDB, or null.</param>
/// <param name="RdbOnlyRefusal">What a server older than 7.0 said to <c>REPLCONF rdb-only</c>, when it refused it.</param>
internal sealed record RdbOffer(long? Length, byte[]? EofMark, string? RdbOnlyRefusal)
{
    /// <summary>The mark's length (<c>RDB_EOF_MARK_SIZE</c>).</summary>
    public const int EofMarkLength = 40;

    /// <summary><c>disk</c> or <c>diskless</c>.</summary>
    public string Transfer => EofMark is null ? "disk" : "diskless";
}
