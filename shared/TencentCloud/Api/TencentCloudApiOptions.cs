using Functions.TencentCloud.Credentials;

namespace Functions.TencentCloud.Api;

/// <summary>How the API client reaches Tencent Cloud.</summary>
public sealed class TencentCloudApiOptions
{
    /// <summary>The region sent as <c>X-TC-Region</c> (from <c>CLOUD_REGION</c>, else <c>TENCENTCLOUD_REGION</c>).</summary>
    public string Region { get; init; } = "";

    /// <summary>
    /// When set (<c>TENCENTCLOUD_ENDPOINT</c>), every service's requests go to this scheme://host:port, still
    /// signed for and carrying the <c>Host</c> of the real service — for emulators and private networks.
    /// </summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Explicit keys from configuration; null to use the environment and the invocation.</summary>
    public TencentCloudCredentials? Credentials { get; init; }

    /// <summary>Total time one call may take across its retries (<c>CLOUD_API_BUDGET_MS</c>).</summary>
    /// <value>Default 20 s.</value>
    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Longest wait for a single attempt unless the action says otherwise.</summary>
    /// <value>Default 10 s.</value>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Most retries after the first attempt.</summary>
    /// <value>Default 4.</value>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The first retry's delay; later ones grow exponentially with jitter.</summary>
    /// <value>Default 200 ms.</value>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);
}
