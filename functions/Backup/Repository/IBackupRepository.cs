namespace Functions.Backup.Repository;

/// <summary>
/// Where backup sets live: a local or mounted directory (<c>file://</c>), COS (<c>cos://</c>) or an S3-compatible
/// bucket (<c>s3://</c>). Keys are relative to the repository's root, '/'-separated.
/// </summary>
internal interface IBackupRepository
{
    /// <summary>The repository's URL, without credentials.</summary>
    string Location { get; }

    /// <summary>
    /// Stores a stream of unknown length under <paramref name="key"/>. Nothing is visible under the key until the
    /// whole stream is stored; any failure (of the stream or the store) leaves no object and no partial upload.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="content">The content, read to its end.</param>
    /// <param name="cancellationToken">Cancels (and aborts) the write.</param>
    /// <returns>What was stored.</returns>
    Task<RepositoryWrite> WriteAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>Stores a small object (a manifest) in one request.</summary>
    /// <param name="key">The key.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when stored.</returns>
    Task PutAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Opens an object for reading.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>The content, or null when there is no such object.</returns>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Every key under a prefix, in key order.</summary>
    /// <param name="prefix">The prefix, e.g. <c>sets/</c>.</param>
    /// <param name="cancellationToken">Cancels listing.</param>
    /// <returns>The keys.</returns>
    IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>Deletes an object; no error when it does not exist.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>A task that completes when deleted.</returns>
    Task DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes leftovers of writes that never finished (multipart uploads, partial files) older than <paramref name="grace"/>.</summary>
    /// <param name="grace">Leftovers younger than this may belong to a run in progress and are kept.</param>
    /// <param name="dryRun">Only count them.</param>
    /// <param name="cancellationToken">Cancels the cleanup.</param>
    /// <returns>How many leftovers were (or would be) removed.</returns>
    Task<int> CleanUpIncompleteWritesAsync(TimeSpan grace, bool dryRun, CancellationToken cancellationToken);
}
