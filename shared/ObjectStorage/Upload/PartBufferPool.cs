namespace Functions.ObjectStorage.Upload;

/// <summary>
/// The part buffers of one upload, built from blocks of one size that are reused part after part. At most
/// <c>capacity</c> buffers are out at once, so renting waits while all are in use (back-pressure on the reader).
/// Blocks are never dropped, so the memory held is the most ever needed at once: (concurrency + 1) × the largest
/// part, which <see cref="AllocatedBytes"/> reports without looking at the process.
/// </summary>
/// <param name="capacity">The most buffers at once (concurrency + 1).</param>
/// <param name="blockSize">The block size (the first part size, at most 64 MiB).</param>
internal sealed class PartBufferPool(int capacity, int blockSize) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(capacity, capacity);
    private readonly Stack<byte[]> _free = new();
    private readonly Lock _gate = new();
    private long _allocated;

    /// <summary>The bytes of blocks allocated, which is also the most held at once.</summary>
    public long AllocatedBytes => Interlocked.Read(ref _allocated);

    /// <summary>Takes a buffer for a part of <paramref name="size"/> bytes, waiting while all are in use.</summary>
    /// <param name="size">The part size.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The buffer.</returns>
    public async Task<PartBuffer> RentAsync(long size, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        var blocks = new byte[(size + blockSize - 1) / blockSize][];
        var reused = 0;
        lock (_gate)
        {
            while (reused < blocks.Length && _free.TryPop(out var block))
            {
                blocks[reused++] = block;
            }
        }

        try
        {
            for (var i = reused; i < blocks.Length; i++)
            {
                blocks[i] = GC.AllocateUninitializedArray<byte>(blockSize);
                Interlocked.Add(ref _allocated, blockSize);
            }
        }
        catch
        {
            Return(new PartBuffer(blocks.Where(b => b is not null).ToArray(), 0));
            throw;
        }

        return new PartBuffer(blocks, size);
    }

    /// <summary>Gives a buffer's blocks back for the next parts.</summary>
    /// <param name="buffer">The buffer.</param>
    public void Return(PartBuffer buffer)
    {
        lock (_gate)
        {
            foreach (var block in buffer.Blocks)
            {
                _free.Push(block);
            }
        }

        _slots.Release();
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();
}
