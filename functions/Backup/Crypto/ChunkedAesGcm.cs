using System.Buffers.Binary;
using System.Text;

namespace Functions.Backup.Crypto;

/// <summary>
/// The encrypted object format: AES-256-GCM over fixed-size chunks, each authenticated with the header, its index
/// and whether it is the last, so a flipped byte, a reordered, dropped or appended chunk, or a truncated object all
/// fail to decrypt instead of restoring wrong data.
/// <code>
/// header : "SIOPSEC1" | keyIdLength (1) | keyId (UTF-8) | noncePrefix (8, random per object) | chunkSize (4, BE)
/// chunk  : length (4, BE; high bit set on the last chunk) | ciphertext (length bytes) | tag (16)
/// nonce  : noncePrefix | chunkIndex (4, BE)        AAD: header | chunkIndex (8, BE) | last (1)
/// </code>
/// </summary>
internal static class ChunkedAesGcm
{
    public const int TagSize = 16;
    public const int KeySize = 32;
    public const int DefaultChunkSize = 1 << 20;
    public const uint LastChunkFlag = 0x8000_0000;

    public static ReadOnlySpan<byte> Magic => "SIOPSEC1"u8;

    public static byte[] Header(string keyId, ReadOnlySpan<byte> noncePrefix, int chunkSize)
    {
        var id = Encoding.UTF8.GetBytes(keyId);
        if (id.Length is 0 or > 255)
        {
            throw new ArgumentException("The key id must be 1 to 255 bytes.", nameof(keyId));
        }

        var header = new byte[Magic.Length + 1 + id.Length + 8 + 4];
        Magic.CopyTo(header);
        header[Magic.Length] = (byte)id.Length;
        id.CopyTo(header.AsSpan(Magic.Length + 1));
        noncePrefix.CopyTo(header.AsSpan(Magic.Length + 1 + id.Length));
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(header.Length - 4), chunkSize);
        return header;
    }

    public static void Nonce(ReadOnlySpan<byte> noncePrefix, long index, Span<byte> nonce)
    {
        if (index > uint.MaxValue)
        {
            throw new InvalidOperationException("An encrypted object cannot have more than 2^32 chunks.");
        }

        noncePrefix.CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[8..], (uint)index);
    }

    public static byte[] AssociatedData(ReadOnlySpan<byte> header, long index, bool last)
    {
        var aad = new byte[header.Length + 9];
        header.CopyTo(aad);
        BinaryPrimitives.WriteInt64BigEndian(aad.AsSpan(header.Length), index);
        aad[^1] = last ? (byte)1 : (byte)0;
        return aad;
    }
}
