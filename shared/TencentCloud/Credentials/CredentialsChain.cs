namespace Functions.TencentCloud.Credentials;

/// <summary>
/// Asks each source in order and takes the first that has credentials: explicit options, then the
/// environment, then the image function's per-invocation headers.
/// </summary>
/// <param name="providers">The sources, most specific first.</param>
public sealed class CredentialsChain(IReadOnlyList<ICredentialsProvider> providers) : ICredentialsProvider
{
    /// <summary>The standard chain: <paramref name="explicitCredentials"/> (if any), the environment, the invocation.</summary>
    /// <param name="explicitCredentials">Keys given in the function's options, or null.</param>
    /// <param name="environment">Reads a variable of the environment the function was started with (default: the process's).</param>
    /// <returns>The chain.</returns>
    public static CredentialsChain Default(TencentCloudCredentials? explicitCredentials = null, Func<string, string?>? environment = null)
    {
        var providers = new List<ICredentialsProvider>();
        if (explicitCredentials is not null)
        {
            providers.Add(new StaticCredentials(explicitCredentials));
        }

        providers.Add(environment is null ? new EnvironmentCredentials() : new EnvironmentCredentials(environment));
        providers.Add(new InvocationCredentials());
        return new CredentialsChain(providers);
    }

    /// <inheritdoc />
    public TencentCloudCredentials? TryGetCredentials()
    {
        foreach (var provider in providers)
        {
            if (provider.TryGetCredentials() is { } credentials)
            {
                return credentials;
            }
        }

        return null;
    }

    /// <summary>The credentials, or an error that says where they were looked for.</summary>
    /// <returns>The first credentials found.</returns>
    /// <exception cref="InvalidOperationException">No source has credentials.</exception>
    public TencentCloudCredentials GetCredentials() =>
        TryGetCredentials() ?? throw new InvalidOperationException(
            $"No Tencent Cloud credentials: set {EnvironmentCredentials.SecretIdVariable} and {EnvironmentCredentials.SecretKeyVariable} " +
            "(and TENCENTCLOUD_SESSIONTOKEN for temporary keys), give the function an execution role, " +
            "or invoke the image function with the X-Scf-Secret-Id/X-Scf-Secret-Key headers.");
}
