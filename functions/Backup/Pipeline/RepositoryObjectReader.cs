using System.IO.Compression;
using Functions.Backup.Crypto;
using Functions.Backup.Pipeline.Streams;
using Functions.Backup.Repository;
using Functions.Backup.Restore;

namespace Functions.Backup.Pipeline;

/// <summary>
/// Opens stored objects as the source produced them: the stored bytes are checked against the manifest's SHA-256,
/// decrypted (every chunk authenticated) and decompressed, and the result is checked against the plaintext SHA-256.
/// </summary>
/// <param name="repository">The repository.</param>
/// <param name="keys">The encryption keys available, by id.</param>
internal sealed class RepositoryObjectReader(IBackupRepository repository, IReadOnlyDictionary<string, EncryptionKey> keys) : IObjectReader
{
    public async Task<Stream> OpenAsync(StoredObject entry, CancellationToken cancellationToken)
    {
        var content = await repository.OpenReadAsync(entry.Key, cancellationToken)
            ?? throw new InvalidDataException($"{entry.Key} is listed in the manifest but missing from the repository.");
        var stored = new VerifyingReadStream(content, entry.Sha256, entry.StoredSize, $"stored object {entry.Key}");
        Stream plain = stored;
        if (entry.EncryptionKeyId is not null)
        {
            plain = new DecryptingStream(plain, keys);
        }

        if (entry.Compression == "gzip")
        {
            plain = new GZipStream(plain, CompressionMode.Decompress);
        }
        else if (entry.Compression != "none")
        {
            throw new InvalidDataException($"{entry.Key} uses compression '{entry.Compression}', which this version cannot read.");
        }

        return ReferenceEquals(plain, stored)
            ? new VerifyingReadStream(stored, entry.PlainSha256, entry.PlainSize, $"content of {entry.Key}")
            : new VerifyingReadStream(plain, entry.PlainSha256, entry.PlainSize, $"content of {entry.Key}", drainOnEnd: stored);
    }
}
