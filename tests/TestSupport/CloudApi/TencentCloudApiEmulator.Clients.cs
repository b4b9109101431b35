using Functions.TencentCloud.Api;
using Functions.TencentCloud.Credentials;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.TestSupport.CloudApi;

public sealed partial class TencentCloudApiEmulator
{
    private static readonly HttpClient ClientHttp = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };

    /// <summary>
    /// A client signed in to the emulator: the key is accepted (with its session token, if any) and the client's
    /// endpoint is the emulator's, with short retry delays so fault tests run fast.
    /// </summary>
    /// <param name="credentials">The key.</param>
    /// <param name="retryBudget">The client's total retry time.</param>
    /// <param name="attemptTimeout">Each attempt's time limit.</param>
    /// <param name="logger">The client's logger (none by default).</param>
    /// <returns>The client.</returns>
    public TencentCloudApiClient CreateClient(TencentCloudCredentials credentials, TimeSpan retryBudget, TimeSpan attemptTimeout, ILogger<TencentCloudApiClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        AddKey(credentials.SecretId, credentials.SecretKey, credentials.SessionToken);
        var options = new TencentCloudApiOptions
        {
            Region = "ap-shanghai",
            Endpoint = Endpoint,
            RetryBudget = retryBudget,
            RetryDelay = TimeSpan.FromMilliseconds(10),
            AttemptTimeout = attemptTimeout,
        };
        return new TencentCloudApiClient(ClientHttp, options, new StaticCredentials(credentials), TimeProvider.System, logger ?? NullLogger<TencentCloudApiClient>.Instance);
    }
}
