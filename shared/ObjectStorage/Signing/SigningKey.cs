namespace Functions.ObjectStorage.Signing;

/// <summary>The key pair a request is signed with, and the session token of temporary credentials.</summary>
/// <param name="AccessKeyId">The SecretId or access key id (not secret).</param>
/// <param name="Secret">The SecretKey or secret access key; never logged.</param>
/// <param name="SessionToken">The token of temporary credentials, or null.</param>
internal sealed record SigningKey(string AccessKeyId, string Secret, string? SessionToken)
{
    /// <summary>Keeps the secret and the token out of logs and exception messages.</summary>
    /// <returns>The key id only.</returns>
    public override string ToString() => $"SigningKey {{ AccessKeyId = {AccessKeyId}, Temporary = {SessionToken is not null} }}";
}
