namespace Functions.Backup.Results;

/// <summary>One stored object's result.</summary>
/// <param name="Key">Its key.</param>
/// <param name="Bytes">Bytes the source produced.</param>
/// <param name="StoredBytes">Bytes stored.</param>
/// <param name="Sha256">SHA-256 of the stored bytes.</param>
/// <param name="Compression">none or gzip.</param>
/// <param name="EncryptionKeyId">The key, when encrypted.</param>
/// <param name="Verification">What the check found.</param>
/// <param name="Verified">Whether it passed.</param>
internal sealed record ObjectSummary(string Key, long Bytes, long StoredBytes, string Sha256, string Compression, string? EncryptionKeyId, string Verification, bool Verified);
