namespace Functions.ObjectStorage.Tests.Support;

/// <summary>Passes another stream's bytes through and cancels a token once a number of bytes went by, as an
/// invocation's deadline would mid-upload.</summary>
/// <param name="inner">The stream read.</param>
/// <param name="cancelAfter">Bytes after which <paramref name="cancellation"/> is cancelled.</param>
/// <param name="cancellation">The token source to cancel.</param>
internal sealed class CancellingStream(Stream inner, long cancelAfter, CancellationTokenSource cancellation) : ReadOnlyStream
{
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return base.ReadAsync(buffer, cancellationToken);
    }

    protected override int ReadCore(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        if (Position + read >= cancelAfter)
        {
            cancellation.Cancel();
        }

        return read;
    }
}
