namespace Functions.ObjectStorage.Models;

/// <summary>What a streaming upload stored.</summary>
/// <param name="Key">The key.</param>
/// <param name="Size">Bytes read from the stream and stored.</param>
/// <param name="ETag">The object's entity tag, without quotes.</param>
/// <param name="Crc64">The CRC-64/XZ of the stream, computed while reading.</param>
/// <param name="Crc64Verified">True when the service's CRC-64 matched; false when it reported none (S3).</param>
/// <param name="Sha256">The hex SHA-256 of the stream when asked for, else null.</param>
/// <param name="PartCount">Parts uploaded; 0 for a single PUT.</param>
/// <param name="Duration">From the first read to the verified object.</param>
/// <param name="PeakBufferBytes">The most part-buffer memory held at once.</param>
public sealed record UploadResult(
    string Key,
    long Size,
    string ETag,
    ulong Crc64,
    bool Crc64Verified,
    string? Sha256,
    int PartCount,
    TimeSpan Duration,
    long PeakBufferBytes);
