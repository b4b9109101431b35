using Functions.TencentCloud.Credentials;

namespace Functions.ObjectStorage.Configuration;

/// <summary>Where an object store is and how to reach it.</summary>
public sealed record ObjectStoreOptions
{
    /// <summary>The default S3 region.</summary>
    public const string DefaultS3Region = "us-east-1";

    /// <summary>The repository: kind, bucket and prefix.</summary>
    public required ObjectStoreLocation Location { get; init; }

    /// <summary>The region: COS's (e.g. <c>ap-guangzhou</c>, part of the host) or the SigV4 scope's.</summary>
    public string Region { get; init; } = DefaultS3Region;

    /// <summary>scheme://host[:port] overriding the service's address (tests, private networks, MinIO), or null.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Put the bucket in the path instead of the host name. COS forbids it on its public domains.</summary>
    public bool ForcePathStyle { get; init; }

    /// <summary>For <c>cos://</c>: the Tencent Cloud credentials chain (explicit → environment → invocation).</summary>
    public ICredentialsProvider? CosCredentials { get; init; }

    /// <summary>For <c>s3://</c>: the keys.</summary>
    public S3Credentials? S3Credentials { get; init; }

    /// <summary>Retries and timeouts of each request.</summary>
    public ObjectStoreRetryOptions Retry { get; init; } = new();
}
