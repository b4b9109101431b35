namespace Functions.Backup.Repository;

/// <summary>What a streamed write stored.</summary>
/// <param name="Key">The key.</param>
/// <param name="Size">Bytes stored.</param>
/// <param name="Crc64">CRC-64/XZ of the stored bytes.</param>
/// <param name="Crc64Verified">Whether the store confirmed the CRC (COS does; files and S3 do not).</param>
internal sealed record RepositoryWrite(string Key, long Size, ulong Crc64, bool Crc64Verified);
