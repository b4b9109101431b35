using Functions.DeployOrchestrator.Domain;
using Functions.TencentCloud.Api;

namespace Functions.DeployOrchestrator.Platform;

/// <summary>
/// Turns a failed platform call into a <see cref="FailedResult"/>. The API client has already retried what it safely
/// could; "transient" here means a later invocation may succeed: throttling, the network, the platform's own
/// internal errors, or the service being busy with another release. Anything the platform refused on its merits
/// (bad parameters, missing resources, credentials) is permanent.
/// </summary>
internal static class CloudApiFailure
{
    private static readonly string[] TransientPrefixes =
    [
        ApiErrorCodes.RequestLimitExceeded,
        ApiErrorCodes.ClientNetworkError,
        ApiErrorCodes.ServerNetworkError,
        ApiErrorCodes.RetryBudgetExhausted,
        ApiErrorCodes.SignatureExpire,
        "InternalError",
        "ResourceInUse",
        "ResourceUnavailable",
    ];

    /// <summary>Whether <paramref name="exception"/> is a platform or network failure this class reports.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>True for API and HTTP failures.</returns>
    public static bool IsPlatformFailure(Exception exception) => exception is TencentCloudApiException or HttpRequestException;

    /// <summary>The result for a platform failure.</summary>
    /// <param name="doing">What was being done, e.g. "deploy".</param>
    /// <param name="exception">The failure.</param>
    /// <returns>The failed result.</returns>
    public static FailedResult From(string doing, Exception exception) => exception switch
    {
        TencentCloudApiException api => new FailedResult($"{doing}: {api.Message}", IsTransient(api)),
        _ => new FailedResult($"{doing}: the platform could not be reached: {exception.Message}", true),
    };

    /// <summary>Whether trying again later may work.</summary>
    /// <param name="exception">The API failure.</param>
    /// <returns>True when transient.</returns>
    public static bool IsTransient(TencentCloudApiException exception) =>
        exception.IsThrottling || TransientPrefixes.Any(p => exception.Code.StartsWith(p, StringComparison.Ordinal));
}
