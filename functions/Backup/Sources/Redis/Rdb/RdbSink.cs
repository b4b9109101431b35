namespace Functions.Backup.Sources.Redis.Rdb;

/// <summary>Where a received RDB goes: counts it, reads its version from the header as it passes, reports progress.</summary>
/// <param name="destination">The stream to write to.</param>
/// <param name="progress">Told the running byte count after each write.</param>
internal sealed class RdbSink(Stream destination, Action<long> progress)
{
    private readonly byte[] _header = new byte[RdbHeader.Length];

    /// <summary>Bytes written.</summary>
    public long Bytes { get; private set; }

    /// <summary>The RDB version, once the header has passed.</summary>
    public int? Version { get; private set; }

    /// <summary>Writes the next bytes of the RDB.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes once they are written.</returns>
    /// <exception cref="InvalidDataException">What arrives does not start like an RDB.</exception>
    public async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        if (Bytes < RdbHeader.Length && bytes.Length > 0)
        {
            var take = (int)Math.Min(bytes.Length, RdbHeader.Length - Bytes);
            bytes.Span[..take].CopyTo(_header.AsSpan((int)Bytes));
            if (Bytes + take == RdbHeader.Length)
            {
                // Fail before streaming gigabytes of something that is not an RDB.
                Version = RdbHeader.ParseVersion(_header);
            }
        }

        await destination.WriteAsync(bytes, cancellationToken);
        Bytes += bytes.Length;
        progress(Bytes);
    }
}
