namespace Functions.ObjectStorage.Configuration;

/// <summary>Keys of an S3-compatible service.</summary>
/// <param name="AccessKeyId">The access key id.</param>
/// <param name="SecretAccessKey">The secret; never logged.</param>
/// <param name="SessionToken">The session token of temporary keys, or null.</param>
public sealed record S3Credentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    /// <summary>Keeps the secret and the token out of logs and messages.</summary>
    /// <returns>The key id only.</returns>
    public override string ToString() => $"S3Credentials {{ AccessKeyId = {AccessKeyId}, Temporary = {SessionToken is not null} }}";
}
