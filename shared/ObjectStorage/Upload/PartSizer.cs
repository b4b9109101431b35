namespace Functions.ObjectStorage.Upload;

/// <summary>
/// Part sizes for a stream of unknown length, so that 10,000 parts (the service's limit) always reach the largest
/// object a bucket takes while small streams keep small parts (memory is part size × (concurrency + 1)).
/// </summary>
/// <remarks>
/// The rule: part n is <c>initial × 2^((n − 1) / 64)</c>, capped at 5 GiB. Parts double every 64 parts, so even from
/// the 1 MiB minimum they reach the cap by part 833; the 9,168 parts left hold 49.2 TB, more than COS's 48.8 TB
/// object limit. Why so steep: 10,000 × 5 GiB is only 10% above that limit, so growth must be over within the first
/// ~900 parts whatever the start — doubling every 1,000 parts would stop near 1 TB (from 1 MiB) or 8 TB (from 8 MiB).
/// From an 8 MiB start, a 7.5 GiB stream still uses at most 64 MiB parts.
/// </remarks>
public sealed class PartSizer
{
    /// <summary>The most parts an upload may have.</summary>
    public const int MaxParts = 10_000;

    /// <summary>The largest part (5 GiB).</summary>
    public const long MaxPartSize = 5L * 1024 * 1024 * 1024;

    /// <summary>Parts between two doublings of the part size.</summary>
    public const int PartsPerDoubling = 64;

    /// <summary>Creates the sizer.</summary>
    /// <param name="requestedPartSize">The first parts' size asked for.</param>
    /// <param name="minimumPartSize">The service's minimum (COS 1 MiB, S3 5 MiB); a smaller request is raised to it.</param>
    public PartSizer(long requestedPartSize, long minimumPartSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumPartSize, 1);
        InitialPartSize = Math.Clamp(requestedPartSize, minimumPartSize, MaxPartSize);
    }

    /// <summary>The size of the first parts.</summary>
    public long InitialPartSize { get; }

    /// <summary>The size of part <paramref name="partNumber"/> (every part but the last is exactly this long).</summary>
    /// <param name="partNumber">1 to 10,000.</param>
    /// <returns>Its size in bytes.</returns>
    public long SizeOf(int partNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partNumber, 1);
        var doublings = (partNumber - 1) / PartsPerDoubling;
        // Compare before shifting: a large initial size shifted far would overflow.
        return doublings >= 33 || InitialPartSize > MaxPartSize >> doublings ? MaxPartSize : InitialPartSize << doublings;
    }

    /// <summary>The most bytes the first <paramref name="parts"/> parts hold.</summary>
    /// <param name="parts">A number of parts.</param>
    /// <returns>The capacity in bytes.</returns>
    public long Capacity(int parts)
    {
        var total = 0L;
        for (var n = 1; n <= parts; n++)
        {
            total += SizeOf(n);
        }

        return total;
    }
}
