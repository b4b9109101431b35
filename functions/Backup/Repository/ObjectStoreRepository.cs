using System.Runtime.CompilerServices;
using Functions.ObjectStorage;
using Functions.ObjectStorage.Models;

namespace Functions.Backup.Repository;

/// <summary>A repository in COS or an S3-compatible bucket, under the location's prefix.</summary>
/// <param name="store">The bucket.</param>
/// <param name="uploadOptions">Part size, parallelism, encryption at rest, storage class.</param>
/// <param name="time">The clock, for clean-up's grace period.</param>
internal sealed class ObjectStoreRepository(IObjectStore store, UploadOptions uploadOptions, TimeProvider time) : IBackupRepository
{
    public string Location => store.Location.ToString();

    public async Task<RepositoryWrite> WriteAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var result = await store.UploadAsync(content, store.Location.Key(key), uploadOptions, cancellationToken);
        return new RepositoryWrite(key, result.Size, result.Crc64, result.Crc64Verified);
    }

    public Task PutAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        store.PutObjectAsync(store.Location.Key(key), content, uploadOptions.Write, cancellationToken);

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var download = await store.GetObjectAsync(store.Location.Key(key), range: null, cancellationToken);
            return download.Content;
        }
        catch (ObjectStorageException e) when (e.StatusCode == 404)
        {
            return null;
        }
    }

    public async IAsyncEnumerable<string> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var root = store.Location.Key("");
        await foreach (var summary in store.ListAllObjectsAsync(store.Location.Key(prefix), cancellationToken))
        {
            yield return summary.Key[root.Length..];
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => store.DeleteObjectAsync(store.Location.Key(key), cancellationToken);

    public async Task<int> CleanUpIncompleteWritesAsync(TimeSpan grace, bool dryRun, CancellationToken cancellationToken)
    {
        try
        {
            return await CleanUpAsync(grace, dryRun, cancellationToken);
        }
        catch (ObjectStorageException e) when (e.StatusCode is 501 or 405)
        {
            // Some S3-compatible servers cannot list multipart uploads; there is nothing to clean up through them.
            return 0;
        }
    }

    private async Task<int> CleanUpAsync(TimeSpan grace, bool dryRun, CancellationToken cancellationToken)
    {
        if (!dryRun)
        {
            return await store.AbortStaleUploadsAsync(store.Location.Key(""), grace, cancellationToken);
        }

        var cutoff = time.GetUtcNow() - grace;
        var uploads = await store.ListMultipartUploadsAsync(store.Location.Key(""), cancellationToken);
        return uploads.Count(u => u.Initiated < cutoff);
    }
}
