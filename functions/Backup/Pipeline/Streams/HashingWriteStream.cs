using System.Security.Cryptography;

namespace Functions.Backup.Pipeline.Streams;

/// <summary>A pass-through write stream that counts bytes and computes their SHA-256 on the way.</summary>
/// <param name="inner">Where the bytes go.</param>
/// <param name="progress">Told the running byte count after each write (for progress logs).</param>
internal sealed class HashingWriteStream(Stream inner, Action<long>? progress = null) : ForwardWriteStream
{
    private readonly IncrementalHash _sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _hex;

    public long BytesWritten { get; private set; }

    /// <summary>The hex SHA-256 of everything written (ends hashing; call once writing is over).</summary>
    public string Sha256 => _hex ??= Convert.ToHexStringLower(_sha256.GetHashAndReset());

    public override long Length => BytesWritten;

    public override long Position { get => BytesWritten; set => throw new NotSupportedException(); }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Account(buffer);
        inner.Write(buffer);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Account(buffer.Span);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sha256.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Account(ReadOnlySpan<byte> buffer)
    {
        _sha256.AppendData(buffer);
        BytesWritten += buffer.Length;
        progress?.Invoke(BytesWritten);
    }
}
