namespace Functions.ObjectStorage.Tests.Support;

/// <summary>
/// A read-only stream of unknown length (no Length, no seeking, like stdin or pg_dump's output) whose bytes come
/// from a seeded xorshift generator, so large inputs are never held in memory and can be regenerated to compare.
/// Optionally throws once a number of bytes has been read.
/// </summary>
/// <param name="seed">The generator's seed.</param>
/// <param name="length">Bytes before the end.</param>
/// <param name="failAfter">Throw an IOException once this many bytes were read, or null.</param>
internal sealed class GeneratedStream(ulong seed, long length, long? failAfter = null) : ReadOnlyStream
{
    private ulong _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;
    private ulong _pending;
    private int _pendingBytes;

    /// <summary>All the bytes of a generator, for small inputs.</summary>
    public static byte[] Bytes(ulong seed, int length)
    {
        var bytes = new byte[length];
        using var stream = new GeneratedStream(seed, length);
        stream.ReadExactly(bytes);
        return bytes;
    }

    protected override int ReadCore(Span<byte> buffer)
    {
        var position = Position;
        if (failAfter is { } limit && position >= limit)
        {
            throw new IOException($"source failed after {position} bytes (injected)");
        }

        var count = (int)Math.Min(buffer.Length, length - position);
        if (failAfter is { } stop)
        {
            count = (int)Math.Min(count, Math.Max(1, stop - position));
        }

        for (var i = 0; i < count; i++)
        {
            if (_pendingBytes == 0)
            {
                _state ^= _state << 13;
                _state ^= _state >> 7;
                _state ^= _state << 17;
                _pending = _state;
                _pendingBytes = 8;
            }

            buffer[i] = (byte)_pending;
            _pending >>= 8;
            _pendingBytes--;
        }

        return count;
    }
}
