namespace Functions.ObjectStorage.Upload;

/// <summary>
/// The part buffers of one upload: at most <c>capacity</c> exist at once, so renting waits while all are out
/// (back-pressure on the reader). Buffers too small for the current part size are dropped as parts grow. Counts
/// the bytes it holds, so tests can assert the memory bound without looking at the process.
/// </summary>
/// <param name="capacity">The most buffers at once (concurrency + 1).</param>
internal sealed class PartBufferPool(int capacity) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(capacity, capacity);
    private readonly Stack<PartBuffer> _free = new();
    private readonly Lock _gate = new();
    private long _live;
    private long _peak;

    /// <summary>The most bytes held at once.</summary>
    public long PeakBytes
    {
        get
        {
            lock (_gate)
            {
                return _peak;
            }
        }
    }

    /// <summary>Takes a buffer of at least <paramref name="size"/> bytes, waiting while all are in use.</summary>
    /// <param name="size">The part size.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The buffer.</returns>
    public async Task<PartBuffer> RentAsync(long size, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        lock (_gate)
        {
            while (_free.TryPop(out var buffer))
            {
                if (buffer.Capacity >= size)
                {
                    return buffer;
                }

                _live -= buffer.Capacity;
            }

            _live += size;
            _peak = Math.Max(_peak, _live);
        }

        try
        {
            return new PartBuffer(size);
        }
        catch
        {
            Forget(size);
            throw;
        }
    }

    /// <summary>Gives a buffer back for the next part.</summary>
    /// <param name="buffer">The buffer.</param>
    public void Return(PartBuffer buffer)
    {
        lock (_gate)
        {
            _free.Push(buffer);
        }

        _slots.Release();
    }

    /// <inheritdoc />
    public void Dispose() => _slots.Dispose();

    private void Forget(long size)
    {
        lock (_gate)
        {
            _live -= size;
        }

        _slots.Release();
    }
}
