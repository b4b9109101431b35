namespace Functions.TencentCloud.Credentials;

/// <summary>Credentials given explicitly in configuration.</summary>
/// <param name="credentials">The keys.</param>
public sealed class StaticCredentials(TencentCloudCredentials credentials) : ICredentialsProvider
{
    /// <inheritdoc />
    public TencentCloudCredentials? TryGetCredentials() => credentials;
}
