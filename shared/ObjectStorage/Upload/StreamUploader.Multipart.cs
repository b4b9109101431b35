using System.Runtime.ExceptionServices;
using Functions.ObjectStorage.Logging;
using Functions.ObjectStorage.Models;

namespace Functions.ObjectStorage.Upload;

internal sealed partial class StreamUploader
{
    private async Task<(PutObjectResult Stored, int Parts)> MultipartAsync(
        string key, UploadOptions options, PartSizer sizer, PartBufferPool pool, SourceReader reader,
        PartBuffer first, PartBuffer second, CancellationToken cancellationToken)
    {
        var uploadId = await store.InitiateMultipartUploadAsync(key, options.Write, cancellationToken);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(options.Concurrency);
        var uploads = new List<Task<UploadedPart>>();
        try
        {
            await slots.WaitAsync(stop.Token);
            uploads.Add(UploadPartAsync(key, uploadId, 1, first, pool, slots, stop));
            var number = 2;
            var current = second;
            while (true)
            {
                // Back-pressure: at most `Concurrency` parts in flight, plus the one being read.
                await slots.WaitAsync(stop.Token);
                uploads.Add(UploadPartAsync(key, uploadId, number, current, pool, slots, stop));
                if (current.Length < sizer.SizeOf(number))
                {
                    break;
                }

                var size = sizer.SizeOf(number + 1);
                var next = await pool.RentAsync(size, stop.Token);
                await reader.FillAsync(next, stop.Token);
                if (next.Length == 0)
                {
                    pool.Return(next);
                    break;
                }

                if (number == PartSizer.MaxParts)
                {
                    pool.Return(next);
                    throw new ObjectStorageException("UploadPart", key, 0, "TooManyParts", $"the stream is longer than {PartSizer.MaxParts} parts hold ({sizer.Capacity(PartSizer.MaxParts)} bytes)");
                }

                number++;
                current = next;
            }

            var parts = await Task.WhenAll(uploads);
            return (await store.CompleteMultipartUploadAsync(key, uploadId, parts, cancellationToken), parts.Length);
        }
        catch (Exception e)
        {
            await stop.CancelAsync();
            var partFailure = await DrainAsync(uploads);
            logger.UploadFailed(key, uploadId, partFailure ?? e);
            await AbortQuietlyAsync(key, uploadId);

            // The reader saw only our own cancellation: the part's failure is the real one.
            if (partFailure is not null && e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                ExceptionDispatchInfo.Throw(partFailure);
            }

            throw;
        }
    }

    // Each part keeps its buffer until it succeeded (retries re-send it) or failed for good.
    private Task<UploadedPart> UploadPartAsync(
        string key, string uploadId, int number, PartBuffer buffer, PartBufferPool pool, SemaphoreSlim slots, CancellationTokenSource stop) =>
        Task.Run(async () =>
        {
            try
            {
                return await store.UploadPartAsync(key, uploadId, number, buffer.Body(), stop.Token);
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
            finally
            {
                pool.Return(buffer);
                slots.Release();
            }
        });

    // Waits for every part, returning the first real failure (not a cancellation we caused).
    private static async Task<Exception?> DrainAsync(List<Task<UploadedPart>> uploads)
    {
        try
        {
            await Task.WhenAll(uploads);
        }
        catch (Exception)
        {
            // Inspected below, task by task.
        }

        return uploads
            .Where(t => t.IsFaulted)
            .Select(t => t.Exception!.InnerException!)
            .FirstOrDefault(e => e is not OperationCanceledException);
    }

    private async Task AbortQuietlyAsync(string key, string uploadId)
    {
        using var timeout = new CancellationTokenSource(CleanupTimeout, time);
        try
        {
            await store.AbortMultipartUploadAsync(key, uploadId, timeout.Token);
        }
        catch (Exception e) when (e is ObjectStorageException or OperationCanceledException)
        {
            logger.AbortFailed(key, uploadId, e);
        }
    }
}
