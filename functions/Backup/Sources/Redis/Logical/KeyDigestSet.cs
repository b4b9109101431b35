using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Functions.Backup.Sources.Redis.Logical;

/// <summary>
/// The keys a SCAN has returned, to drop the repeats it may give (redis-doc commands/scan.md). Keys are held as
/// 128-bit digests, 16 bytes each however long the key; a collision (one in 10^20 at a billion keys) would drop a key.
/// </summary>
internal sealed class KeyDigestSet
{
    private readonly HashSet<UInt128> _seen = [];

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
