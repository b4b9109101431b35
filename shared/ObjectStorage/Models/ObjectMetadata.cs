namespace Functions.ObjectStorage.Models;

/// <summary>An object's properties from HEAD Object.</summary>
/// <param name="Key">The key.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="ETag">Its entity tag, without quotes.</param>
/// <param name="LastModified">When it was written.</param>
/// <param name="Crc64">Its CRC-64/XZ when the service keeps one (COS), else null.</param>
/// <param name="ContentType">Its content type.</param>
/// <param name="Metadata">User metadata, names in lowercase without the <c>x-…-meta-</c> prefix.</param>
public sealed record ObjectMetadata(
    string Key,
    long Size,
    string ETag,
    DateTimeOffset? LastModified,
    ulong? Crc64,
    string? ContentType,
    IReadOnlyDictionary<string, string> Metadata);
