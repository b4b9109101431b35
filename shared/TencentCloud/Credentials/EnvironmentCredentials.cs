namespace Functions.TencentCloud.Credentials;

/// <summary>
/// The execution role's credentials that SCF puts in <c>TENCENTCLOUD_SECRETID</c>, <c>TENCENTCLOUD_SECRETKEY</c>
/// and <c>TENCENTCLOUD_SESSIONTOKEN</c>. Read on every call because SCF refreshes them in a warm instance.
/// </summary>
/// <param name="getVariable">Reads an environment variable (injected so tests need not touch the process environment).</param>
public sealed class EnvironmentCredentials(Func<string, string?> getVariable) : ICredentialsProvider
{
    /// <summary>The variable that holds the SecretId.</summary>
    public const string SecretIdVariable = "TENCENTCLOUD_SECRETID";

    /// <summary>The variable that holds the SecretKey.</summary>
    public const string SecretKeyVariable = "TENCENTCLOUD_SECRETKEY";

    /// <summary>The variable that holds the session token of temporary keys.</summary>
    public const string SessionTokenVariable = "TENCENTCLOUD_SESSIONTOKEN";

    /// <summary>Reads the process environment.</summary>
    public EnvironmentCredentials() : this(Environment.GetEnvironmentVariable) { }

    /// <inheritdoc />
    public TencentCloudCredentials? TryGetCredentials()
    {
        var id = getVariable(SecretIdVariable);
        var key = getVariable(SecretKeyVariable);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(key))
        {
            return null;
        }

        var token = getVariable(SessionTokenVariable);
        return new TencentCloudCredentials(id, key, string.IsNullOrEmpty(token) ? null : token);
    }
}
