using Functions.ObjectStorage.Configuration;
using Functions.ObjectStorage.Logging;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Functions.ObjectStorage.Http;

/// <summary>
/// The retry pipeline of every request: a total budget, exponential backoff with jitter, and a limit on each
/// attempt. Retried: 5xx, 429, SlowDown, RequestTimeout, InternalError, dropped connections and attempt timeouts;
/// never another 4xx.
/// </summary>
internal static class ObjectStoreResilience
{
    /// <summary>The request being retried, for the retry log line.</summary>
    public static readonly ResiliencePropertyKey<string> Request = new("object-store-request");

    /// <summary>Builds the pipeline.</summary>
    /// <param name="options">Retry limits.</param>
    /// <param name="time">The clock of delays and timeouts.</param>
    /// <param name="logger">Where retries are logged.</param>
    /// <returns>The pipeline.</returns>
    public static ResiliencePipeline Create(ObjectStoreRetryOptions options, TimeProvider time, ILogger logger) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddTimeout(options.TotalBudget)
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<ObjectStorageException>(e => e.IsTransient)
                    .Handle<HttpRequestException>()
                    .Handle<IOException>()
                    .Handle<TimeoutRejectedException>(),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                OnRetry = args =>
                {
                    var request = args.Context.Properties.GetValue(Request, "request");
                    logger.Retrying(request, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, args.Outcome.Exception?.Message ?? "no answer");
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
}
