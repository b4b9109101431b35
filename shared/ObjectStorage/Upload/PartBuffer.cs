using Functions.ObjectStorage.Http;

namespace Functions.ObjectStorage.Upload;

/// <summary>
/// Memory for one part, as equal blocks from the upload's <see cref="PartBufferPool"/>: one array cannot hold a
/// 5 GiB part, and a part that grows takes more blocks instead of leaving smaller arrays behind as garbage.
/// </summary>
/// <param name="blocks">The blocks, enough for <paramref name="capacity"/> bytes.</param>
/// <param name="capacity">The part size it holds.</param>
internal sealed class PartBuffer(byte[][] blocks, long capacity)
{
    /// <summary>The blocks, returned to the pool with the buffer.</summary>
    public byte[][] Blocks { get; } = blocks;

    /// <summary>The bytes it can hold.</summary>
    public long Capacity { get; } = capacity;

    /// <summary>The bytes it holds now.</summary>
    public long Length { get; private set; }

    /// <summary>Reads from <paramref name="source"/> until <see cref="Capacity"/> bytes or the end of the stream.</summary>
    /// <param name="source">The stream.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task.</returns>
    public async Task FillAsync(Stream source, CancellationToken cancellationToken)
    {
        Length = 0;
        foreach (var block in Blocks)
        {
            var want = (int)Math.Min(block.Length, Capacity - Length);
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
            if (Length == Capacity)
            {
                return;
            }
        }
    }

    /// <summary>The bytes held, as a request body (no copy).</summary>
    /// <returns>The body.</returns>
    public RequestBody Body()
    {
        var segments = new List<ReadOnlyMemory<byte>>(Blocks.Length);
        var left = Length;
        foreach (var block in Blocks)
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
