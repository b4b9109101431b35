using Polly;
using Polly.Retry;

namespace Functions.TencentCloud.Api;

/// <summary>The retry pipeline: a total time budget around jittered exponential retries of safe failures only.</summary>
internal static class ApiResilience
{
    public static ResiliencePipeline Build(
        TencentCloudApiOptions options, TimeProvider time, bool idempotent, Func<OnRetryArguments<object>, ValueTask> onRetry) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddTimeout(options.RetryBudget)
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<TencentCloudApiException>(e => IsSafeToRetry(e, idempotent)),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromSeconds(5),
                OnRetry = onRetry,
            })
            .Build();

    /// <summary>Repeating is safe when the service refused for rate limits, the request never left, or the
    /// gateway failed before the API ran — and, for idempotent actions, after any dropped answer.</summary>
    /// <param name="error">The failure.</param>
    /// <param name="idempotent">Whether repeating the action is harmless.</param>
    /// <returns>Whether to retry.</returns>
    public static bool IsSafeToRetry(TencentCloudApiException error, bool idempotent) =>
        error.IsThrottling ||
        error.Failure is TransportFailure.BeforeSend or TransportFailure.GatewayError ||
        (idempotent && error.Failure == TransportFailure.AfterSend);
}
