namespace Functions.ObjectStorage.Models;

/// <summary>How <see cref="IObjectStore.UploadAsync"/> streams an object of unknown length.</summary>
public sealed record UploadOptions
{
    /// <summary>The size of the first parts (default 8 MiB); raised to the service's minimum (COS 1 MiB, S3 5 MiB).
    /// Parts grow as the stream does (see <see cref="Upload.PartSizer"/>).</summary>
    public long PartSize { get; init; } = 8 * 1024 * 1024;

    /// <summary>Parts uploaded at once (default 4). Memory is bounded by part size × (concurrency + 1).</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>Also compute the SHA-256 of the whole stream (costs one more pass over the bytes).</summary>
    public bool ComputeSha256 { get; init; }

    /// <summary>Encryption, storage class and metadata of the object.</summary>
    public WriteOptions Write { get; init; } = WriteOptions.Default;

    /// <summary>The defaults.</summary>
    public static UploadOptions Default { get; } = new();
}
