using Functions.Backup.Pipeline;

namespace Functions.Backup.Restore;

/// <summary>Opens stored objects of a set for restore, as the source produced them.</summary>
internal interface IObjectReader
{
    /// <summary>
    /// Opens an object: downloads, decrypts and decompresses it as a stream. Reading to the end checks its SHA-256
    /// and the encryption's authentication; a flipped byte or a truncated object throws <see cref="System.IO.InvalidDataException"/>
    /// rather than returning bad data silently.
    /// </summary>
    /// <param name="entry">The object, from the manifest.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The plaintext stream.</returns>
    Task<Stream> OpenAsync(StoredObject entry, CancellationToken cancellationToken);
}
