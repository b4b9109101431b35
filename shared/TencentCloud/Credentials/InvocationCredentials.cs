namespace Functions.TencentCloud.Credentials;

/// <summary>
/// The temporary credentials SCF hands to one invocation of an image function (the <c>X-Scf-Secret-Id</c>,
/// <c>X-Scf-Secret-Key</c> and <c>X-Scf-Session-Token</c> headers). They flow with the invocation's async
/// context, so concurrent invocations never see each other's keys and nothing outlives the invocation.
/// </summary>
public sealed class InvocationCredentials : ICredentialsProvider
{
    private static readonly AsyncLocal<TencentCloudCredentials?> Current = new();

    /// <summary>Makes <paramref name="credentials"/> the invocation's credentials until the returned scope is disposed.</summary>
    /// <param name="credentials">The per-invocation credentials, or null to clear them for the scope.</param>
    /// <returns>A scope that restores the previous value when disposed.</returns>
    public static IDisposable Use(TencentCloudCredentials? credentials)
    {
        var previous = Current.Value;
        Current.Value = credentials;
        return new Restore(previous);
    }

    /// <inheritdoc />
    public TencentCloudCredentials? TryGetCredentials() => Current.Value;

    private sealed class Restore(TencentCloudCredentials? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
