namespace Functions.ObjectStorage.Tests.Support;

/// <summary>Passes another stream's bytes through and cancels a token once a number of bytes went by, as an
/// invocation's deadline would mid-upload.</summary>
/// <param name="inner">The stream read.</param>
/// <param name="cancelAfter">Bytes after which <paramref name="cancellation"/> is cancelled.</param>
/// <param name="cancellation">The token source to cancel.</param>
internal sealed class CancellingStream(Stream inner, long cancelAfter, CancellationTokenSource cancellation) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _position += read;
        if (_position >= cancelAfter)
        {
            cancellation.Cancel();
        }

        return read;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
