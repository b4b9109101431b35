namespace Functions.Backup.Tools;

/// <summary>Copies one stream into two tools' stdin at once, so one download feeds two checks.</summary>
internal static class Tee
{
    /// <summary>
    /// Copies <paramref name="head"/> then the rest of <paramref name="source"/> into both sinks and closes them.
    /// The secondary sink may stop reading early (pg_restore --list exits after the table of contents): from then
    /// on it is skipped. The source is always read to its end, so its checksum is checked.
    /// </summary>
    /// <param name="source">The stream to copy.</param>
    /// <param name="head">Bytes already read from the source.</param>
    /// <param name="primary">Must take everything.</param>
    /// <param name="secondary">May stop early.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>A task that completes when the source is exhausted.</returns>
    public static async Task CopyAsync(Stream source, ReadOnlyMemory<byte> head, Stream primary, Stream secondary, CancellationToken cancellationToken)
    {
        var secondaryOpen = true;
        var buffer = new byte[1 << 16];
        var chunk = head;
        try
        {
            while (true)
            {
                if (!chunk.IsEmpty)
                {
                    await primary.WriteAsync(chunk, cancellationToken);
                    if (secondaryOpen)
                    {
                        secondaryOpen = await TryWriteAsync(secondary, chunk, cancellationToken);
                    }
                }

                var read = await source.ReadAsync(buffer, cancellationToken);
                if (read == 0)
                {
                    break;
                }

                chunk = buffer.AsMemory(0, read);
            }
        }
        finally
        {
            await CloseQuietlyAsync(primary);
            await CloseQuietlyAsync(secondary);
        }
    }

    private static async Task<bool> TryWriteAsync(Stream sink, ReadOnlyMemory<byte> chunk, CancellationToken cancellationToken)
    {
        try
        {
            await sink.WriteAsync(chunk, cancellationToken);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task CloseQuietlyAsync(Stream sink)
    {
        try
        {
            await sink.DisposeAsync();
        }
        catch (IOException)
        {
            // The tool already closed its end; its exit code says whether that was a failure.
        }
    }
}
