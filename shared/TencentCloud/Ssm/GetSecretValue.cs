namespace Functions.TencentCloud.Ssm;

/// <summary>GetSecretValue request: a secret's value (Secrets Manager 2019-09-23).</summary>
public sealed record GetSecretValueRequest
{
    /// <summary>The secret.</summary>
    public required string SecretName { get; init; }

    /// <summary>The version (SSM_Current for cloud-product secrets).</summary>
    public required string VersionId { get; init; }
}

/// <summary>GetSecretValue response.</summary>
public sealed record GetSecretValueResponse
{
    /// <summary>The secret.</summary>
    public string? SecretName { get; init; }

    /// <summary>The version.</summary>
    public string? VersionId { get; init; }

    /// <summary>The text value.</summary>
    public string? SecretString { get; init; }

    /// <summary>The binary value, Base64.</summary>
    public string? SecretBinary { get; init; }

    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
}
