namespace Functions.ObjectStorage.Models;

/// <summary>A multipart upload in progress.</summary>
/// <param name="Key">The key it will create.</param>
/// <param name="UploadId">Its id.</param>
/// <param name="Initiated">When it started.</param>
public sealed record MultipartUploadInfo(string Key, string UploadId, DateTimeOffset Initiated);
