using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Functions.Backup.Pipeline.Streams;

namespace Functions.Backup.Crypto;

/// <summary>
/// A read-only stream over <see cref="ChunkedAesGcm"/>'s format. Every chunk is authenticated before any of its
/// bytes are returned; a wrong key, a tampered chunk or a missing last chunk throws <see cref="InvalidDataException"/>.
/// </summary>
/// <param name="inner">The encrypted object.</param>
/// <param name="keys">The keys that may have encrypted it, by id.</param>
internal sealed class DecryptingStream(Stream inner, IReadOnlyDictionary<string, EncryptionKey> keys) : ForwardReadStream
{
    private byte[]? _header;
    private byte[] _noncePrefix = [];
    private AesGcm? _aes;
    private byte[] _plain = [];
    private byte[] _cipher = [];
    private int _offset;
    private int _available;
    private long _index;
    private bool _done;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (_available == 0)
        {
            if (_done)
            {
                return 0;
            }

            await NextChunkAsync(cancellationToken);
        }

        var take = Math.Min(buffer.Length, _available);
        _plain.AsMemory(_offset, take).CopyTo(buffer);
        _offset += take;
        _available -= take;
        return take;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _aes?.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task NextChunkAsync(CancellationToken cancellationToken)
    {
        _header ??= await ReadHeaderAsync(cancellationToken);
        var prefix = new byte[4];
        if (!await FillAsync(prefix, cancellationToken))
        {
            throw new InvalidDataException("The encrypted object is truncated: it ends before its last chunk.");
        }

        var word = BinaryPrimitives.ReadUInt32BigEndian(prefix);
        var last = (word & ChunkedAesGcm.LastChunkFlag) != 0;
        var length = (int)(word & ~ChunkedAesGcm.LastChunkFlag);
        if (length > _plain.Length || (!last && length != _plain.Length))
        {
            throw new InvalidDataException($"The encrypted object has a chunk of impossible length {length}.");
        }

        if (!await FillAsync(_cipher.AsMemory(0, length + ChunkedAesGcm.TagSize), cancellationToken))
        {
            throw new InvalidDataException("The encrypted object is truncated in the middle of a chunk.");
        }

        Span<byte> nonce = stackalloc byte[12];
        ChunkedAesGcm.Nonce(_noncePrefix, _index, nonce);
        try
        {
            _aes!.Decrypt(nonce, _cipher.AsSpan(0, length), _cipher.AsSpan(length, ChunkedAesGcm.TagSize), _plain.AsSpan(0, length),
                ChunkedAesGcm.AssociatedData(_header, _index, last));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new InvalidDataException($"Chunk {_index} of the encrypted object failed authentication: it was modified or reordered.", e);
        }

        _index++;
        (_offset, _available, _done) = (0, length, last);
        if (last && await inner.ReadAsync(new byte[1], cancellationToken) != 0)
        {
            throw new InvalidDataException("The encrypted object has data after its last chunk.");
        }
    }

    private async Task<byte[]> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        var fixedPart = new byte[ChunkedAesGcm.Magic.Length + 1];
        if (!await FillAsync(fixedPart, cancellationToken) || !fixedPart.AsSpan(0, ChunkedAesGcm.Magic.Length).SequenceEqual(ChunkedAesGcm.Magic))
        {
            throw new InvalidDataException("The object is not encrypted in the expected format (no SIOPSEC1 header).");
        }

        var rest = new byte[fixedPart[^1] + 8 + 4];
        if (!await FillAsync(rest, cancellationToken))
        {
            throw new InvalidDataException("The encrypted object's header is truncated.");
        }

        var keyId = Encoding.UTF8.GetString(rest, 0, fixedPart[^1]);
        if (!keys.TryGetValue(keyId, out var key))
        {
            throw new InvalidDataException($"The object was encrypted with key '{keyId}', which is not configured (configured: {string.Join(", ", keys.Keys)}).");
        }

        _noncePrefix = rest.AsSpan(fixedPart[^1], 8).ToArray();
        var chunkSize = BinaryPrimitives.ReadInt32BigEndian(rest.AsSpan(rest.Length - 4));
        if (chunkSize is <= 0 or > 64 << 20)
        {
            throw new InvalidDataException($"The encrypted object declares an impossible chunk size {chunkSize}.");
        }

        _aes = new AesGcm(key.Material, ChunkedAesGcm.TagSize);
        _plain = new byte[chunkSize];
        _cipher = new byte[chunkSize + ChunkedAesGcm.TagSize];
        return [.. fixedPart, .. rest];
    }

    private async Task<bool> FillAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var read = await inner.ReadAsync(buffer[filled..], cancellationToken);
            if (read == 0)
            {
                return false;
            }

            filled += read;
        }

        return true;
    }
}
