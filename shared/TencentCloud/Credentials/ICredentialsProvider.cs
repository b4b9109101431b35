namespace Functions.TencentCloud.Credentials;

/// <summary>One source of Tencent Cloud credentials in the chain.</summary>
public interface ICredentialsProvider
{
    /// <summary>The credentials this source holds right now, or null when it has none.</summary>
    /// <returns>The credentials, or null.</returns>
    TencentCloudCredentials? TryGetCredentials();
}
