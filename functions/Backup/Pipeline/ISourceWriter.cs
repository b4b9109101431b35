namespace Functions.Backup.Pipeline;

/// <summary>
/// Where a source writes its objects. Each call streams what <c>produce</c> writes — through compression,
/// encryption and hashing — into the repository under the source's folder of the set, with memory bounded by the
/// upload window and no temporary file. A failure (of <c>produce</c> or of the store) leaves no object behind.
/// </summary>
internal interface ISourceWriter
{
    /// <summary>Stores one object.</summary>
    /// <param name="name">Its name within the source (a file name, no slashes).</param>
    /// <param name="format">What it holds.</param>
    /// <param name="produce">Writes the content to the stream it is given; the stream is completed when it returns.</param>
    /// <param name="cancellationToken">Cancelled at the invocation's deadline.</param>
    /// <returns>What was stored.</returns>
    Task<StoredObject> WriteAsync(string name, ObjectFormat format, Func<Stream, CancellationToken, Task> produce, CancellationToken cancellationToken);
}
