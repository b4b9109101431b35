using Functions.Scf.Configuration;

namespace Functions.ObjectStorage.Configuration;

/// <summary>The variables an object store reads, for <c>--help</c>, the README and redaction.</summary>
public static class ObjectStorageVariables
{
    /// <summary>COS region (else <c>TENCENTCLOUD_REGION</c>).</summary>
    public const string CosRegion = "COS_REGION";

    /// <summary>COS endpoint override.</summary>
    public const string CosEndpoint = "COS_ENDPOINT";

    /// <summary>The region SCF sets.</summary>
    public const string TencentCloudRegion = "TENCENTCLOUD_REGION";

    /// <summary>S3 access key id.</summary>
    public const string S3AccessKeyId = "S3_ACCESS_KEY_ID";

    /// <summary>S3 secret access key.</summary>
    public const string S3SecretAccessKey = "S3_SECRET_ACCESS_KEY";

    /// <summary>S3 session token.</summary>
    public const string S3SessionToken = "S3_SESSION_TOKEN";

    /// <summary>S3 region.</summary>
    public const string S3Region = "S3_REGION";

    /// <summary>S3 endpoint.</summary>
    public const string S3Endpoint = "S3_ENDPOINT";

    /// <summary>S3 addressing.</summary>
    public const string S3ForcePathStyle = "S3_FORCE_PATH_STYLE";

    /// <summary>The variables besides the repository URL itself.</summary>
    public static readonly IReadOnlyList<ConfigVariable> All =
    [
        new(CosRegion, "COS region of a cos:// repository, e.g. ap-guangzhou (default: TENCENTCLOUD_REGION)."),
        new(CosEndpoint, "scheme://host[:port] replacing <bucket-appid>.cos.<region>.myqcloud.com (tests, private networks); requests then go path-style."),
        new(S3AccessKeyId, "Access key id of an s3:// repository."),
        new(S3SecretAccessKey, "Secret access key of an s3:// repository.", Sensitivity: Sensitivity.Secret),
        new(S3SessionToken, "Session token of temporary S3 keys.", Sensitivity: Sensitivity.Secret),
        new(S3Region, "Region of the SigV4 signing scope.", ObjectStoreOptions.DefaultS3Region),
        new(S3Endpoint, "scheme://host[:port] of an S3-compatible server (MinIO, Ceph, s3rver); default AWS."),
        new(S3ForcePathStyle, "true to put the bucket in the path (default true when S3_ENDPOINT is set, else false)."),
    ];
}
