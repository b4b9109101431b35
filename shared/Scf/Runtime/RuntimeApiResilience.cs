using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Functions.Scf.Runtime;

/// <summary>Retry pipelines for the runtime API: only network errors and 5xx/429 answers are retried.</summary>
internal static class RuntimeApiResilience
{
    private static PredicateBuilder<object> Transient() => new PredicateBuilder()
        .Handle<HttpRequestException>()
        .Handle<RuntimeApiException>(e => e.IsTransient);

    /// <summary>Posts: a few quick retries, each attempt bounded, 15 s in all.</summary>
    /// <param name="time">The clock.</param>
    /// <returns>The pipeline.</returns>
    public static ResiliencePipeline ForPosts(TimeProvider time) => new ResiliencePipelineBuilder { TimeProvider = time }
        .AddTimeout(TimeSpan.FromSeconds(15))
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = Transient().Handle<TimeoutRejectedException>(),
            MaxRetryAttempts = 5,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(50),
            MaxDelay = TimeSpan.FromSeconds(2),
        })
        .AddTimeout(TimeSpan.FromSeconds(5))
        .Build();

    /// <summary>Polling for the next event: no timeout (the poll may legitimately wait for hours), retries on
    /// failure for about half a minute before the loop gives up and the process exits for SCF to restart it.</summary>
    /// <param name="time">The clock.</param>
    /// <returns>The pipeline.</returns>
    public static ResiliencePipeline ForPolling(TimeProvider time) => new ResiliencePipelineBuilder { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = Transient(),
            MaxRetryAttempts = 10,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(100),
            MaxDelay = TimeSpan.FromSeconds(5),
        })
        .Build();
}
