namespace Functions.ObjectStorage.Configuration;

/// <summary>The kind of service behind a repository URL.</summary>
public enum ObjectStoreKind
{
    /// <summary>Tencent COS XML API (<c>cos://</c>), signed with q-sign-algorithm=sha1.</summary>
    Cos,

    /// <summary>An S3-compatible service (<c>s3://</c>), signed with AWS SigV4.</summary>
    S3,
}
