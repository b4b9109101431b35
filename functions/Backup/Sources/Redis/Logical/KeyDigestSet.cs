using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Functions.Backup.Sources.Redis.Logical;

/// <summary>
/// The keys a SCAN has returned, to drop the repeats it may give (redis-doc commands/scan.md). Keys are held as
/// 128-bit digests, about 28 bytes a key with the set's own overhead however long the key (4 million keys: 112 MB);
/// a collision (one in 10^20 at a billion keys) would drop a key. This is the one part of a logical snapshot that grows
/// with the keyspace: dropping repeats exactly needs to remember what was seen.
/// </summary>
/// <param name="expectedKeys">How many keys to expect (INFO keyspace): sizing the set once avoids the doubling that
/// briefly holds the old and the new table together.</param>
internal sealed class KeyDigestSet(long expectedKeys)
{
    // An INFO that is wrong, or a keyspace far beyond what one function should back up key by key, only loses the pre-sizing.
    private const int MaxPresized = 64 << 20;

    private readonly HashSet<UInt128> _seen = new((int)Math.Clamp(expectedKeys, 0, MaxPresized));

    /// <summary>Adds a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>True when it had not been seen.</returns>
    public bool Add(ReadOnlySpan<byte> key)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(key, digest);
        return _seen.Add(BinaryPrimitives.ReadUInt128LittleEndian(digest));
    }
}
