using Functions.ObjectStorage.Logging;
using Functions.ObjectStorage.Models;
using Microsoft.Extensions.Logging;

namespace Functions.ObjectStorage.Upload;

/// <summary>
/// Streams one object of unknown length: a single PUT when it fits in one part (also 0 bytes), else a multipart
/// upload, then checks the stored object's CRC-64 against the one computed while reading. Any failure leaves no
/// object and no upload in progress.
/// </summary>
/// <param name="store">The client.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The log.</param>
internal sealed partial class StreamUploader(ObjectStoreClient store, TimeProvider time, ILogger logger)
{
    // Parts are made of blocks of the first part's size, up to this.
    private const int MaxBlockSize = 64 * 1024 * 1024;

    // Cleanup must outlive a cancelled upload, but not by long.
    private static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Uploads the stream.</summary>
    /// <param name="source">The stream.</param>
    /// <param name="key">The key.</param>
    /// <param name="options">How.</param>
    /// <param name="cancellationToken">Cancels (and aborts) the upload.</param>
    /// <returns>What was stored.</returns>
    public async Task<UploadResult> UploadAsync(Stream source, string key, UploadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Concurrency, 1);
        var started = time.GetTimestamp();
        var sizer = new PartSizer(options.PartSize, store.Dialect.MinimumPartSize);
        using var pool = new PartBufferPool(options.Concurrency + 1, (int)Math.Min(sizer.InitialPartSize, MaxBlockSize));
        using var reader = new SourceReader(source, options.ComputeSha256);

        // Look one part ahead only at the start: a stream that fits in one part is a single PUT.
        var first = await pool.RentAsync(sizer.SizeOf(1), cancellationToken);
        await reader.FillAsync(first, cancellationToken);
        PartBuffer? second = null;
        if (first.Length == sizer.SizeOf(1))
        {
            second = await pool.RentAsync(sizer.SizeOf(2), cancellationToken);
            await reader.FillAsync(second, cancellationToken);
        }

        PutObjectResult stored;
        var parts = 0;
        if (second is null || second.Length == 0)
        {
            stored = await store.PutObjectAsync(key, first.Body(), options.Write, cancellationToken);
        }
        else
        {
            (stored, parts) = await MultipartAsync(key, options, sizer, pool, reader, first, second, cancellationToken);
        }

        var verified = await VerifyAsync(key, stored, reader, cancellationToken);
        var result = new UploadResult(
            key, reader.Total, stored.ETag, reader.Crc64, verified, reader.Sha256(), parts, time.GetElapsedTime(started), pool.AllocatedBytes);
        logger.Uploaded(key, result.Size, parts, result.Crc64, verified, result.Duration.TotalMilliseconds);
        return result;
    }

    // True when the service's CRC-64 matched; false when it has none. A mismatch deletes the object and throws.
    private async Task<bool> VerifyAsync(string key, PutObjectResult stored, SourceReader reader, CancellationToken cancellationToken)
    {
        var remote = stored.Crc64;
        if (remote is null)
        {
            var head = await store.HeadObjectAsync(key, cancellationToken)
                ?? throw new ObjectStorageException("HeadObject", key, 404, "NoSuchKey", "the object just stored is not there");
            if (head.Size != reader.Total)
            {
                await DeleteQuietlyAsync(key);
                throw new ObjectStorageException("VerifyUpload", key, 0, "SizeMismatch", $"read {reader.Total} bytes, the service stored {head.Size}");
            }

            remote = head.Crc64;
        }

        if (remote is null)
        {
            logger.Crc64Unavailable(key);
            return false;
        }

        if (remote != reader.Crc64)
        {
            await DeleteQuietlyAsync(key);
            throw new ObjectStorageException("VerifyUpload", key, 0, "Crc64Mismatch", $"computed CRC-64 {reader.Crc64}, the service stored {remote}; the object was deleted");
        }

        return true;
    }

    private async Task DeleteQuietlyAsync(string key)
    {
        using var timeout = new CancellationTokenSource(CleanupTimeout, time);
        try
        {
            await store.DeleteObjectAsync(key, timeout.Token);
        }
        catch (Exception e) when (e is ObjectStorageException or OperationCanceledException)
        {
            // The integrity error that follows is what matters; the bad object is reported in it.
        }
    }
}
