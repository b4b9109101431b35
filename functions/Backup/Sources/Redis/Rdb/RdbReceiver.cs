namespace Functions.Backup.Sources.Redis.Rdb;

/// <summary>
/// Streams the RDB that follows <c>SYNC</c>'s answer through one fixed buffer: exactly <c>$&lt;len&gt;</c> bytes, or,
/// diskless, everything up to the 40-byte end mark, which is not part of the RDB and is not written.
/// </summary>
internal static class RdbReceiver
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Copies the RDB.</summary>
    /// <param name="read">Reads from the connection; 0 when it is closed.</param>
    /// <param name="offer">How the RDB is delimited.</param>
    /// <param name="sink">Where it goes.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the whole RDB is written.</returns>
    /// <exception cref="EndOfStreamException">The connection closed before the end of the RDB.</exception>
    /// <exception cref="InvalidDataException">The bytes are not an RDB.</exception>
    public static async Task CopyAsync(
        Func<Memory<byte>, CancellationToken, ValueTask<int>> read, RdbOffer offer, RdbSink sink, CancellationToken cancellationToken)
    {
        if (offer.EofMark is { } mark)
        {
            await CopyToMarkAsync(read, mark, sink, cancellationToken);
        }
        else
        {
            await CopyLengthAsync(read, offer.Length ?? 0, sink, cancellationToken);
        }

        if (sink.Version is null)
        {
            throw new InvalidDataException($"the RDB is only {sink.Bytes} bytes long, shorter than its header");
        }
    }

    private static async Task CopyLengthAsync(
        Func<Memory<byte>, CancellationToken, ValueTask<int>> read, long length, RdbSink sink, CancellationToken cancellationToken)
    {
        var buffer = new byte[BufferSize];
        for (var remaining = length; remaining > 0;)
        {
            var count = await read(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), cancellationToken);
            if (count == 0)
            {
                throw new EndOfStreamException($"Redis closed the connection after {length - remaining} of the RDB's {length} bytes.");
            }

            await sink.WriteAsync(buffer.AsMemory(0, count), cancellationToken);
            remaining -= count;
        }
    }

    // The mark is searched for in what arrived plus the 39 bytes held back from before, so a mark split across reads
    // is found, and so is one followed by more bytes (which a server without rdb-only could send later).
    private static async Task CopyToMarkAsync(
        Func<Memory<byte>, CancellationToken, ValueTask<int>> read, byte[] mark, RdbSink sink, CancellationToken cancellationToken)
    {
        var buffer = new byte[BufferSize + mark.Length];
        var held = 0;
        while (true)
        {
            var count = await read(buffer.AsMemory(held, BufferSize), cancellationToken);
            if (count == 0)
            {
                throw new EndOfStreamException($"Redis closed the connection after {sink.Bytes + held} bytes, before the RDB's end mark.");
            }

            var available = held + count;
            var at = buffer.AsSpan(0, available).IndexOf(mark);
            if (at >= 0)
            {
                await sink.WriteAsync(buffer.AsMemory(0, at), cancellationToken);
                return;
            }

            var settled = Math.Max(0, available - (mark.Length - 1));
            await sink.WriteAsync(buffer.AsMemory(0, settled), cancellationToken);
            buffer.AsSpan(settled, available - settled).CopyTo(buffer);
            held = available - settled;
        }
    }
}
