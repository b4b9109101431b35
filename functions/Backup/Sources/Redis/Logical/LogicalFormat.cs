namespace Functions.Backup.Sources.Redis.Logical;

/// <summary>
/// The logical snapshot's framing, for servers that refuse SYNC. All integers little-endian.
/// <code>
/// header   "SIREDISL" (8 bytes) | format version u8 = 1
/// record   tag u8 = 0x01 | db i32 | key length i32 | key | expire-at i64 | payload length i32 | payload
/// trailer  tag u8 = 0x00 | record count i64 | CRC-64/XZ u64 of every byte before it
/// </code>
/// expire-at is absolute, unix epoch milliseconds (-1: none), so RESTORE … ABSTTL puts back the same deadline however
/// old the backup is; the payload is DUMP's output, which carries its own RDB version and CRC-64. The trailer makes a
/// truncated stream detectable and the CRC a damaged one. A payload is one bulk argument to RESTORE, so a key whose
/// DUMP exceeds the target's <c>proto-max-bulk-len</c> (512 MB by default) backs up but does not restore until that is raised.
/// </summary>
internal static class LogicalFormat
{
    /// <summary>The header: magic and version.</summary>
    public static ReadOnlySpan<byte> Header => "SIREDISL\u0001"u8;

    /// <summary>The format's name and version, for reports.</summary>
    public const string Name = "SIREDISL v1";

    /// <summary>Starts a record.</summary>
    public const byte RecordTag = 0x01;

    /// <summary>Starts the trailer.</summary>
    public const byte TrailerTag = 0x00;

    /// <summary>The expire-at of a key without a TTL.</summary>
    public const long NoExpiry = -1;

    /// <summary>A sanity bound on database numbers (Redis allows any <c>databases</c> count; nobody has a million).</summary>
    public const int MaxDatabase = 1 << 20;

    /// <summary>Redis's largest key (and string), 512 MB.</summary>
    public const int MaxKeyLength = 512 << 20;

    /// <summary>The shortest DUMP payload: a type byte, a value byte, the 2-byte RDB version and the 8-byte CRC.</summary>
    public const int MinPayloadLength = 12;

    /// <summary>Fixed bytes before a record's key: tag, db, key length.</summary>
    public const int KeyPrefixLength = 9;

    /// <summary>Fixed bytes between a record's key and its payload: expire-at, payload length.</summary>
    public const int PayloadPrefixLength = 12;

    /// <summary>The trailer after its tag: count and CRC.</summary>
    public const int TrailerLength = 16;
}
