using System.Buffers.Binary;
using Functions.ObjectStorage.Hashing;

namespace Functions.Backup.Sources.Redis.Logical;

/// <summary>
/// Writes a logical snapshot (<see cref="LogicalFormat"/>) to a stream through one fixed buffer, so the records of a
/// batch go out in large writes; values larger than the buffer go straight through.
/// </summary>
/// <param name="destination">Where it goes; not completed or disposed here.</param>
internal sealed class LogicalSnapshotWriter(Stream destination)
{
    private readonly Crc64Xz _crc = new();
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly byte[] _fields = new byte[LogicalFormat.TrailerLength + 1];
    private int _used;

    /// <summary>Records written.</summary>
    public long Records { get; private set; }

    /// <summary>Bytes written (all of them once completed).</summary>
    public long Bytes { get; private set; }

    /// <summary>Writes the header.</summary>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes once it is buffered.</returns>
    public ValueTask WriteHeaderAsync(CancellationToken cancellationToken) => PutAsync(LogicalFormat.Header.ToArray(), cancellationToken);

    /// <summary>Writes one record.</summary>
    /// <param name="record">The key.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes once it is buffered or written.</returns>
    public async ValueTask WriteAsync(LogicalRecord record, CancellationToken cancellationToken)
    {
        _fields[0] = LogicalFormat.RecordTag;
        BinaryPrimitives.WriteInt32LittleEndian(_fields.AsSpan(1), record.Database);
        BinaryPrimitives.WriteInt32LittleEndian(_fields.AsSpan(5), record.Key.Length);
        await PutAsync(_fields.AsMemory(0, LogicalFormat.KeyPrefixLength), cancellationToken);
        await PutAsync(record.Key, cancellationToken);
        BinaryPrimitives.WriteInt64LittleEndian(_fields, record.ExpireAtMs);
        BinaryPrimitives.WriteInt32LittleEndian(_fields.AsSpan(8), record.Payload.Length);
        await PutAsync(_fields.AsMemory(0, LogicalFormat.PayloadPrefixLength), cancellationToken);
        await PutAsync(record.Payload, cancellationToken);
        Records++;
    }

    /// <summary>Writes the trailer and flushes what is buffered.</summary>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <returns>A task that completes once everything is written.</returns>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _fields[0] = LogicalFormat.TrailerTag;
        BinaryPrimitives.WriteInt64LittleEndian(_fields.AsSpan(1), Records);
        await PutAsync(_fields.AsMemory(0, 9), cancellationToken);
        BinaryPrimitives.WriteUInt64LittleEndian(_fields, _crc.GetCurrentValue());
        await PutAsync(_fields.AsMemory(0, 8), cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async ValueTask PutAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        // Hashing before copying: by the time the CRC itself is put, it has already been read from the hash.
        _crc.Append(bytes.Span);
        Bytes += bytes.Length;
        if (bytes.Length > _buffer.Length - _used)
        {
            await FlushAsync(cancellationToken);
            if (bytes.Length >= _buffer.Length)
            {
                await destination.WriteAsync(bytes, cancellationToken);
                return;
            }
        }

        bytes.Span.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_used > 0)
        {
            await destination.WriteAsync(_buffer.AsMemory(0, _used), cancellationToken);
            _used = 0;
        }
    }
}
