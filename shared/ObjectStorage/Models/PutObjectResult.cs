namespace Functions.ObjectStorage.Models;

/// <summary>What the service said about an object it stored.</summary>
/// <param name="ETag">The entity tag, without quotes.</param>
/// <param name="Crc64">The CRC-64/XZ the service computed (COS's <c>x-cos-hash-crc64ecma</c>), or null when it sent none.</param>
public sealed record PutObjectResult(string ETag, ulong? Crc64);
