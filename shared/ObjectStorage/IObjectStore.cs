using Functions.ObjectStorage.Configuration;
using Functions.ObjectStorage.Models;

namespace Functions.ObjectStorage;

/// <summary>
/// One bucket of COS or an S3-compatible service. Keys are full keys in the bucket (use
/// <see cref="ObjectStoreLocation.Key"/> for keys under the repository's prefix). Every request is retried on
/// transient failures; failures that remain are <see cref="ObjectStorageException"/>s naming the operation and key.
/// </summary>
public interface IObjectStore
{
    /// <summary>The repository this store serves.</summary>
    ObjectStoreLocation Location { get; }

    /// <summary>Stores a small object in one PUT, with Content-MD5 (COS) or its SHA-256 (S3).</summary>
    /// <param name="key">The key.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="options">Encryption, storage class, metadata; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The ETag and the service's CRC-64 when it sent one.</returns>
    Task<PutObjectResult> PutObjectAsync(string key, ReadOnlyMemory<byte> content, WriteOptions? options, CancellationToken cancellationToken);

    /// <summary>Opens an object, or a range of it, streaming the body.</summary>
    /// <param name="key">The key.</param>
    /// <param name="range">The bytes wanted, or null for all.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The download; dispose it.</returns>
    Task<ObjectDownload> GetObjectAsync(string key, ByteRange? range, CancellationToken cancellationToken);

    /// <summary>An object's properties, or null when it does not exist.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The metadata or null.</returns>
    Task<ObjectMetadata?> HeadObjectAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes an object (no error when it does not exist).</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task.</returns>
    Task DeleteObjectAsync(string key, CancellationToken cancellationToken);

    /// <summary>One page of keys under a prefix (List Objects v1).</summary>
    /// <param name="prefix">The prefix.</param>
    /// <param name="marker">The key after which the page starts, or null.</param>
    /// <param name="maxKeys">The most keys (1–1000).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    Task<ObjectListing> ListObjectsAsync(string prefix, string? marker, int maxKeys, CancellationToken cancellationToken);

    /// <summary>Every object under a prefix, page after page.</summary>
    /// <param name="prefix">The prefix.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The objects in key order.</returns>
    IAsyncEnumerable<ObjectSummary> ListAllObjectsAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Starts a multipart upload.</summary>
    /// <param name="key">The key.</param>
    /// <param name="options">Encryption, storage class, metadata; null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The upload id.</returns>
    Task<string> InitiateMultipartUploadAsync(string key, WriteOptions? options, CancellationToken cancellationToken);

    /// <summary>Uploads one part.</summary>
    /// <param name="key">The key.</param>
    /// <param name="uploadId">The upload.</param>
    /// <param name="partNumber">1 to 10,000.</param>
    /// <param name="content">The part's bytes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The part and its ETag.</returns>
    Task<UploadedPart> UploadPartAsync(string key, string uploadId, int partNumber, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Completes an upload. A 200 carrying an error, or without an ETag, is an error.</summary>
    /// <param name="key">The key.</param>
    /// <param name="uploadId">The upload.</param>
    /// <param name="parts">All its parts.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The object's ETag and CRC-64 when sent.</returns>
    Task<PutObjectResult> CompleteMultipartUploadAsync(string key, string uploadId, IReadOnlyList<UploadedPart> parts, CancellationToken cancellationToken);

    /// <summary>Aborts an upload, dropping its parts.</summary>
    /// <param name="key">The key.</param>
    /// <param name="uploadId">The upload.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task.</returns>
    Task AbortMultipartUploadAsync(string key, string uploadId, CancellationToken cancellationToken);

    /// <summary>The parts uploaded so far.</summary>
    /// <param name="key">The key.</param>
    /// <param name="uploadId">The upload.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The parts in number order.</returns>
    Task<IReadOnlyList<UploadedPart>> ListPartsAsync(string key, string uploadId, CancellationToken cancellationToken);

    /// <summary>Multipart uploads in progress under a prefix.</summary>
    /// <param name="prefix">The prefix.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The uploads.</returns>
    Task<IReadOnlyList<MultipartUploadInfo>> ListMultipartUploadsAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Aborts the uploads under a prefix that started longer ago than <paramref name="gracePeriod"/>.</summary>
    /// <param name="prefix">The prefix.</param>
    /// <param name="gracePeriod">How old an upload must be to count as abandoned.</param>
    /// <param name="cancellationToken">Cancels the cleanup.</param>
    /// <returns>How many were aborted.</returns>
    Task<int> AbortStaleUploadsAsync(string prefix, TimeSpan gracePeriod, CancellationToken cancellationToken);

    /// <summary>
    /// Streams <paramref name="source"/> of unknown length into <paramref name="key"/>: one PUT when it fits in a
    /// part, else a multipart upload with parts in parallel, then checks the CRC-64. Any failure aborts the upload
    /// and leaves no object.
    /// </summary>
    /// <param name="source">The stream, read once to its end.</param>
    /// <param name="key">The key.</param>
    /// <param name="options">Part size, concurrency, write options.</param>
    /// <param name="cancellationToken">Cancels the upload (which is then aborted).</param>
    /// <returns>What was stored.</returns>
    Task<UploadResult> UploadAsync(Stream source, string key, UploadOptions options, CancellationToken cancellationToken);
}
