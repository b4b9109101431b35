namespace Functions.TencentCloud.Credentials;

/// <summary>A Tencent Cloud key pair, with the session token when the keys are temporary (an execution role's).</summary>
/// <param name="SecretId">The SecretId (not secret, but identifies the key).</param>
/// <param name="SecretKey">The SecretKey; never logged.</param>
/// <param name="SessionToken">The token of temporary credentials, sent as <c>X-TC-Token</c>; null for permanent keys.</param>
public sealed record TencentCloudCredentials(string SecretId, string SecretKey, string? SessionToken = null)
{
    /// <summary>True when the keys are temporary and requests must carry the session token.</summary>
    public bool IsTemporary => !string.IsNullOrEmpty(SessionToken);

    /// <summary>Keeps the secret and the token out of logs, exception messages and debugger views.</summary>
    /// <returns>The SecretId and whether the keys are temporary.</returns>
    public override string ToString() => $"TencentCloudCredentials {{ SecretId = {SecretId}, Temporary = {IsTemporary} }}";
}
