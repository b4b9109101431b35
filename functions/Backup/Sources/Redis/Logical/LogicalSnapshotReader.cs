using System.Buffers.Binary;
using Functions.ObjectStorage.Hashing;

namespace Functions.Backup.Sources.Redis.Logical;

/// <summary>
/// Reads a logical snapshot (<see cref="LogicalFormat"/>) record by record, checking every length as it comes and
/// the trailer's count and CRC at the end, then reads the stream to its end so the layer below runs its own checks.
/// Anything wrong throws <see cref="InvalidDataException"/> saying where.
/// </summary>
/// <param name="snapshot">The snapshot; not disposed here.</param>
internal sealed class LogicalSnapshotReader(Stream snapshot)
{
    private readonly Crc64Xz _crc = new();
    private readonly byte[] _fields = new byte[LogicalFormat.TrailerLength];

    // Records are read field by field; the buffer turns that into large reads of the decrypting stream below.
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>Records read.</summary>
    public long Records { get; private set; }

    /// <summary>Bytes read.</summary>
    public long Bytes { get; private set; }

    /// <summary>Reads and checks the header.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>A task that completes once it is checked.</returns>
    public async Task ReadHeaderAsync(CancellationToken cancellationToken)
    {
        var header = new byte[LogicalFormat.Header.Length];
        await FillAsync(header, "the header", cancellationToken);
        if (!header.AsSpan().SequenceEqual(LogicalFormat.Header))
        {
            throw new InvalidDataException($"not a {LogicalFormat.Name} logical Redis snapshot: it starts with {Convert.ToHexString(header)}");
        }
    }

    /// <summary>Reads the next record.</summary>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The record, or null after a trailer that checks out and the end of the stream.</returns>
    public async Task<LogicalRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        var at = Bytes;
        await FillAsync(_fields.AsMemory(0, 1), "a record's tag", cancellationToken);
        switch (_fields[0])
        {
            case LogicalFormat.TrailerTag:
                await ReadTrailerAsync(cancellationToken);
                return null;
            case LogicalFormat.RecordTag:
                break;
            default:
                throw new InvalidDataException($"unknown tag 0x{_fields[0]:X2} at byte {at}: the snapshot is damaged");
        }

        await FillAsync(_fields.AsMemory(0, 8), "a record's database and key length", cancellationToken);
        var database = Bounded(BinaryPrimitives.ReadInt32LittleEndian(_fields), 0, LogicalFormat.MaxDatabase, "database", at);
        var keyLength = Bounded(BinaryPrimitives.ReadInt32LittleEndian(_fields.AsSpan(4)), 0, LogicalFormat.MaxKeyLength, "key length", at);
        var key = new byte[keyLength];
        await FillAsync(key, "a key", cancellationToken);
        await FillAsync(_fields.AsMemory(0, LogicalFormat.PayloadPrefixLength), "a record's expiry and value length", cancellationToken);
        var expireAt = Bounded(BinaryPrimitives.ReadInt64LittleEndian(_fields), LogicalFormat.NoExpiry, long.MaxValue, "expiry", at);
        var payloadLength = BinaryPrimitives.ReadInt32LittleEndian(_fields.AsSpan(8));
        var payload = new byte[Bounded(payloadLength, LogicalFormat.MinPayloadLength, Array.MaxLength, "value length", at)];
        await FillAsync(payload, "a value", cancellationToken);
        Records++;
        return new LogicalRecord(database, key, expireAt, payload);
    }

    private async Task ReadTrailerAsync(CancellationToken cancellationToken)
    {
        await FillAsync(_fields.AsMemory(0, 8), "the trailer's record count", cancellationToken);
        var count = BinaryPrimitives.ReadInt64LittleEndian(_fields);
        var expected = _crc.GetCurrentValue();
        await FillAsync(_fields.AsMemory(0, 8), "the trailer's checksum", cancellationToken);
        var stored = BinaryPrimitives.ReadUInt64LittleEndian(_fields);
        if (count != Records)
        {
            throw new InvalidDataException($"the trailer counts {count} records but {Records} were read");
        }

        if (stored != expected)
        {
            throw new InvalidDataException($"CRC-64 mismatch: the trailer says {stored:x16}, the content gives {expected:x16}");
        }

        if (_end > _start || await snapshot.ReadAsync(_buffer, cancellationToken) > 0)
        {
            throw new InvalidDataException($"data follows the trailer at byte {Bytes}");
        }
    }

    private async Task FillAsync(Memory<byte> into, string what, CancellationToken cancellationToken)
    {
        for (var filled = 0; filled < into.Length;)
        {
            if (_end == _start)
            {
                // A value larger than the buffer is read straight into place.
                var direct = into.Length - filled >= _buffer.Length;
                var read = await snapshot.ReadAsync(direct ? into[filled..] : _buffer, cancellationToken);
                if (read == 0)
                {
                    throw new InvalidDataException($"truncated: the snapshot ends at byte {Bytes + filled}, inside {what}, after {Records} records");
                }

                (filled, _start, _end) = direct ? (filled + read, 0, 0) : (filled, 0, read);
                continue;
            }

            var count = Math.Min(into.Length - filled, _end - _start);
            _buffer.AsMemory(_start, count).CopyTo(into[filled..]);
            (filled, _start) = (filled + count, _start + count);
        }

        _crc.Append(into.Span);
        Bytes += into.Length;
    }

    private static long Bounded(long value, long min, long max, string what, long at) =>
        value >= min && value <= max
            ? value
            : throw new InvalidDataException($"record at byte {at} has a {what} of {value}, outside {min}..{max}");

    private static int Bounded(int value, int min, int max, string what, long at) => (int)Bounded((long)value, min, max, what, at);
}
