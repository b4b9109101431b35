namespace Functions.Backup.Pipeline;

/// <summary>One object written into a backup set, as the manifest records it.</summary>
/// <param name="Name">The object's name within its source, e.g. <c>superinsight.dump</c>.</param>
/// <param name="Key">Its key in the repository.</param>
/// <param name="Format">What it holds.</param>
/// <param name="PlainSize">Bytes the source produced (before compression and encryption).</param>
/// <param name="StoredSize">Bytes stored.</param>
/// <param name="Sha256">Hex SHA-256 of the stored bytes (what restore checks while reading back).</param>
/// <param name="PlainSha256">Hex SHA-256 of the bytes the source produced (what restore hands on).</param>
/// <param name="Crc64">CRC-64/XZ of the stored bytes, as COS reports it.</param>
/// <param name="Compression"><c>none</c> or <c>gzip</c>.</param>
/// <param name="EncryptionKeyId">The key that encrypted it, or null when stored in clear.</param>
/// <param name="Duration">How long producing and storing it took.</param>
internal sealed record StoredObject(
    string Name,
    string Key,
    ObjectFormat Format,
    long PlainSize,
    long StoredSize,
    string Sha256,
    string PlainSha256,
    ulong Crc64,
    string Compression,
    string? EncryptionKeyId,
    TimeSpan Duration);
