namespace Functions.ObjectStorage.Models;

/// <summary>How an object is stored: encryption, storage class, content type and user metadata.</summary>
public sealed record WriteOptions
{
    /// <summary>Server-side encryption, e.g. <c>AES256</c> (sent as <c>x-cos-</c>/<c>x-amz-server-side-encryption</c>); null for none.</summary>
    public string? ServerSideEncryption { get; init; }

    /// <summary>Storage class, e.g. <c>STANDARD_IA</c> (<c>x-cos-</c>/<c>x-amz-storage-class</c>); null for the bucket's default.</summary>
    public string? StorageClass { get; init; }

    /// <summary>The Content-Type stored with the object.</summary>
    public string ContentType { get; init; } = "application/octet-stream";

    /// <summary>User metadata (<c>x-cos-meta-*</c>/<c>x-amz-meta-*</c>); names in lowercase ASCII.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>No encryption, default class, no metadata.</summary>
    public static WriteOptions Default { get; } = new();
}
