namespace Functions.ObjectStorage.Models;

/// <summary>A part of a multipart upload.</summary>
/// <param name="PartNumber">Its number, 1 to 10,000.</param>
/// <param name="ETag">Its entity tag, without quotes.</param>
/// <param name="Size">Its size in bytes.</param>
public sealed record UploadedPart(int PartNumber, string ETag, long Size);
