using System.Security.Cryptography;

namespace Functions.Backup.Pipeline.Streams;

/// <summary>
/// A pass-through read stream that checks, on reaching the end, that it read exactly the recorded number of bytes
/// with the recorded SHA-256, and throws <see cref="InvalidDataException"/> otherwise — so a damaged object fails
/// the restore at the end instead of passing for good.
/// </summary>
/// <param name="inner">The stream to check.</param>
/// <param name="expectedSha256">The recorded hex SHA-256.</param>
/// <param name="expectedLength">The recorded length.</param>
/// <param name="what">What is read, for the message.</param>
/// <param name="drainOnEnd">A stream below this one to read to its end when this one ends (so its own check runs).</param>
internal sealed class VerifyingReadStream(Stream inner, string expectedSha256, long expectedLength, string what, Stream? drainOnEnd = null) : ForwardReadStream
{
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _read;
    private bool _checked;

    public override long Length => expectedLength;

    public override long Position { get => _read; set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        if (read > 0)
        {
            _sha256.AppendData(buffer.Span[..read]);
            _read += read;
            if (_read > expectedLength)
            {
                throw new InvalidDataException($"{what} is longer than the {expectedLength} bytes recorded in the manifest.");
            }
        }
        else if (!_checked && buffer.Length > 0)
        {
            await CheckAsync(cancellationToken);
        }

        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sha256.Dispose();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        _checked = true;
        if (drainOnEnd is not null)
        {
            await drainOnEnd.CopyToAsync(Null, cancellationToken);
        }

        var actual = Convert.ToHexStringLower(_sha256.GetHashAndReset());
        if (_read != expectedLength || actual != expectedSha256)
        {
            throw new InvalidDataException(
                $"{what} does not match the manifest: {_read} bytes with SHA-256 {actual}, expected {expectedLength} bytes with {expectedSha256}. The object is damaged or was replaced.");
        }
    }
}
