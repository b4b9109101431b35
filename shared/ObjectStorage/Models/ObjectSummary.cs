namespace Functions.ObjectStorage.Models;

/// <summary>One object in a listing.</summary>
/// <param name="Key">The key.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="ETag">Its entity tag, without quotes.</param>
/// <param name="LastModified">When it was written.</param>
/// <param name="StorageClass">Its storage class, when listed.</param>
public sealed record ObjectSummary(string Key, long Size, string ETag, DateTimeOffset LastModified, string? StorageClass);
