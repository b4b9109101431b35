namespace Functions.TencentCloud.Ssm;

/// <summary>ListSecretVersionIds request: a secret's versions.</summary>
public sealed record ListSecretVersionIdsRequest
{
    /// <summary>The secret.</summary>
    public required string SecretName { get; init; }
}

/// <summary>ListSecretVersionIds response.</summary>
public sealed record ListSecretVersionIdsResponse
{
    /// <summary>The secret.</summary>
    public string? SecretName { get; init; }

    /// <summary>Its versions with their creation times.</summary>
    public IReadOnlyList<SecretVersionInfo>? Versions { get; init; }

    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
}
