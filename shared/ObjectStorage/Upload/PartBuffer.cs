using Functions.ObjectStorage.Http;

namespace Functions.ObjectStorage.Upload;

/// <summary>
/// Memory for one part, as blocks of at most 64 MiB (one array cannot hold a 5 GiB part). Allocated once and
/// refilled part after part.
/// </summary>
internal sealed class PartBuffer
{
    private const int MaxBlockSize = 64 * 1024 * 1024;
    private readonly byte[][] _blocks;

    /// <summary>Allocates the blocks.</summary>
    /// <param name="capacity">The part size it must hold.</param>
    public PartBuffer(long capacity)
    {
        Capacity = capacity;
        var blockSize = (int)Math.Min(capacity, MaxBlockSize);
        var count = (int)((capacity + blockSize - 1) / blockSize);
        _blocks = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            _blocks[i] = GC.AllocateUninitializedArray<byte>((int)Math.Min(blockSize, capacity - ((long)i * blockSize)));
        }
    }

    /// <summary>The bytes it can hold.</summary>
    public long Capacity { get; }

    /// <summary>The bytes it holds now.</summary>
    public long Length { get; private set; }

    /// <summary>Reads from <paramref name="source"/> until <paramref name="size"/> bytes or the end of the stream.</summary>
    /// <param name="source">The stream.</param>
    /// <param name="size">The part's size (at most <see cref="Capacity"/>).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task.</returns>
    public async Task FillAsync(Stream source, long size, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, Capacity);
        Length = 0;
        foreach (var block in _blocks)
        {
            var want = (int)Math.Min(block.Length, size - Length);
            var offset = 0;
            while (offset < want)
            {
                var read = await source.ReadAsync(block.AsMemory(offset, want - offset), cancellationToken);
                if (read == 0)
                {
                    Length += offset;
                    return;
                }

                offset += read;
            }

            Length += offset;
            if (Length == size)
            {
                return;
            }
        }
    }

    /// <summary>The bytes held, as a request body (no copy).</summary>
    /// <returns>The body.</returns>
    public RequestBody Body()
    {
        var segments = new List<ReadOnlyMemory<byte>>(_blocks.Length);
        var left = Length;
        foreach (var block in _blocks)
        {
            if (left == 0)
            {
                break;
            }

            var take = (int)Math.Min(block.Length, left);
            segments.Add(block.AsMemory(0, take));
            left -= take;
        }

        return new RequestBody(segments);
    }
}
