using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Functions.Autoscaler.Metrics.Prometheus;

/// <summary>
/// The query pipeline: a total budget around jittered exponential retries of transient failures only — no
/// connection, no answer in time, a gateway error, Prometheus busy (503) or throttling (429) — around a timeout per
/// attempt. A query Prometheus rejected (400, 422) is never repeated.
/// </summary>
internal static class PrometheusResilience
{
    public static ResiliencePipeline<HttpResponseMessage> Build(
        PrometheusOptions options, TimeProvider time, Func<OnRetryArguments<HttpResponseMessage>, ValueTask> onRetry) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(options.Budget)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => IsTransient(r.StatusCode)),
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                MaxDelay = TimeSpan.FromSeconds(2),
                OnRetry = onRetry,
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();

    /// <summary>Statuses worth another try: nothing was computed, or the server was momentarily unable to.</summary>
    /// <param name="status">The status.</param>
    /// <returns>Whether to retry.</returns>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
