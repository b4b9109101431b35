using System.Buffers.Binary;
using System.Security.Cryptography;
using Functions.Backup.Pipeline.Streams;

namespace Functions.Backup.Crypto;

/// <summary>A write-only stream that encrypts into <see cref="ChunkedAesGcm"/>'s format; disposing it writes the last chunk.</summary>
internal sealed class EncryptingStream : ForwardWriteStream
{
    private readonly Stream _inner;
    private readonly AesGcm _aes;
    private readonly byte[] _header;
    private readonly byte[] _noncePrefix = RandomNumberGenerator.GetBytes(8);
    private readonly byte[] _plain;
    private readonly byte[] _cipher;
    private int _filled;
    private long _index;
    private bool _finished;
    private bool _headerWritten;

    public EncryptingStream(Stream inner, EncryptionKey key, int chunkSize = ChunkedAesGcm.DefaultChunkSize)
    {
        _inner = inner;
        _aes = new AesGcm(key.Material, ChunkedAesGcm.TagSize);
        _header = ChunkedAesGcm.Header(key.Id, _noncePrefix, chunkSize);
        _plain = new byte[chunkSize];
        _cipher = new byte[chunkSize + ChunkedAesGcm.TagSize + 4];
    }

    public override bool CanWrite => !_finished;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var take = Math.Min(buffer.Length, _plain.Length - _filled);
            buffer[..take].CopyTo(_plain.AsSpan(_filled));
            _filled += take;
            buffer = buffer[take..];
            if (_filled == _plain.Length)
            {
                WriteHeaderOnce();
                _inner.Write(Seal(last: false).Span);
            }
        }
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty)
        {
            var take = Math.Min(buffer.Length, _plain.Length - _filled);
            buffer[..take].CopyTo(_plain.AsMemory(_filled));
            _filled += take;
            buffer = buffer[take..];
            if (_filled == _plain.Length)
            {
                await WriteHeaderOnceAsync(cancellationToken);
                await _inner.WriteAsync(Seal(last: false), cancellationToken);
            }
        }
    }

    public override void Flush() => _inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => _inner.FlushAsync(cancellationToken);

    /// <summary>Writes the last chunk; after this the object is complete.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when written.</returns>
    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (!_finished)
        {
            await WriteHeaderOnceAsync(cancellationToken);
            await _inner.WriteAsync(Seal(last: true), cancellationToken);
            _finished = true;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _aes.Dispose();
        }

        base.Dispose(disposing);
    }

    private void WriteHeaderOnce()
    {
        if (!_headerWritten)
        {
            _inner.Write(_header);
            _headerWritten = true;
        }
    }

    private async ValueTask WriteHeaderOnceAsync(CancellationToken cancellationToken)
    {
        if (!_headerWritten)
        {
            await _inner.WriteAsync(_header, cancellationToken);
            _headerWritten = true;
        }
    }

    private ReadOnlyMemory<byte> Seal(bool last)
    {
        Span<byte> nonce = stackalloc byte[12];
        ChunkedAesGcm.Nonce(_noncePrefix, _index, nonce);
        var length = _filled;
        BinaryPrimitives.WriteUInt32BigEndian(_cipher, (uint)length | (last ? ChunkedAesGcm.LastChunkFlag : 0));
        _aes.Encrypt(nonce, _plain.AsSpan(0, length), _cipher.AsSpan(4, length), _cipher.AsSpan(4 + length, ChunkedAesGcm.TagSize),
            ChunkedAesGcm.AssociatedData(_header, _index, last));
        _index++;
        _filled = 0;
        return _cipher.AsMemory(0, 4 + length + ChunkedAesGcm.TagSize);
    }
}
