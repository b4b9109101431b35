using System.Net.Http.Headers;
using System.Text.Json;
using Functions.TencentCloud.Credentials;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Functions.TencentCloud.Api;

/// <summary>
/// Calls Tencent Cloud API 3.0: JSON POSTed to <c>https://&lt;service&gt;.tencentcloudapi.com/</c>, signed with
/// TC3-HMAC-SHA256, <c>Response.Error</c> turned into <see cref="TencentCloudApiException"/>. Only what is safe is
/// retried — throttling, requests that never left, gateway 5xx, and (for read-only actions) dropped answers —
/// with jittered backoff inside a total time budget; a signature rejected for clock skew is re-signed once with
/// the server's time.
/// </summary>
public sealed partial class TencentCloudApiClient
{
    private const string ContentType = "application/json";
    private static readonly MediaTypeHeaderValue JsonMediaType = new(ContentType);

    private readonly HttpClient _http;
    private readonly TencentCloudApiOptions _options;
    private readonly ICredentialsProvider _credentials;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _idempotent;
    private readonly ResiliencePipeline _mutating;
    private long _clockOffsetTicks;

    /// <summary>Creates the client.</summary>
    /// <param name="http">The HTTP client (no base address, no timeout: the client sets both per call).</param>
    /// <param name="options">Region, endpoint, retry budget.</param>
    /// <param name="credentials">Where the keys come from.</param>
    /// <param name="time">The clock, for timestamps and retry delays.</param>
    /// <param name="logger">Logs calls and retries (never a key or a signature).</param>
    public TencentCloudApiClient(HttpClient http, TencentCloudApiOptions options, ICredentialsProvider credentials, TimeProvider time, ILogger<TencentCloudApiClient> logger)
    {
        _http = http;
        _options = options;
        _credentials = credentials;
        _time = time;
        _logger = logger;
        _idempotent = ApiResilience.Build(options, time, idempotent: true, OnRetry);
        _mutating = ApiResilience.Build(options, time, idempotent: false, OnRetry);
    }

    /// <summary>The offset applied to the local clock after the service reported skew.</summary>
    public TimeSpan ClockOffset => TimeSpan.FromTicks(Interlocked.Read(ref _clockOffsetTicks));

    /// <summary>Calls an action.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TResponse">The response type.</typeparam>
    /// <param name="action">The action.</param>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call and its retries.</param>
    /// <returns>The <c>Response</c> object.</returns>
    /// <exception cref="TencentCloudApiException">The service returned an error, or retries ran out.</exception>
    public async Task<TResponse> CallAsync<TRequest, TResponse>(ApiAction<TRequest, TResponse> action, TRequest request, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(request, action.Request);
        var state = new CallState<TRequest, TResponse>(this, action, body);
        try
        {
            return await (action.Idempotent ? _idempotent : _mutating).ExecuteAsync(
                static (s, token) => new ValueTask<TResponse>(s.Client.AttemptAsync(s, token)), state, cancellationToken);
        }
        catch (TimeoutRejectedException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TencentCloudApiException(
                action.Service.Name,
                action.Name,
                ApiErrorCodes.RetryBudgetExhausted,
                $"no success within {_options.RetryBudget.TotalSeconds:0.#} s ({state.Attempts} attempts); last error: {state.LastError?.Code}: {state.LastError?.ServiceMessage}",
                state.LastError?.RequestId,
                state.LastError ?? (Exception)e);
        }
    }

    private async Task<TResponse> AttemptAsync<TRequest, TResponse>(CallState<TRequest, TResponse> state, CancellationToken token)
    {
        state.Attempts++;
        var action = state.Action;
        var credentials = _credentials.TryGetCredentials() ?? throw new TencentCloudApiException(
            action.Service.Name, action.Name, "ClientNoCredentials",
            "no Tencent Cloud credentials: set TENCENTCLOUD_SECRETID/TENCENTCLOUD_SECRETKEY, give the function an execution role, " +
            "or invoke the image function with X-Scf-Secret-Id/X-Scf-Secret-Key");
        try
        {
            var started = _time.GetTimestamp();
            var (response, requestId) = await ExchangeAsync(state, credentials, token);
            var elapsedMs = _time.GetElapsedTime(started).TotalMilliseconds;
            LogAnswered(action.Service.Name, action.Name, requestId, elapsedMs, state.Attempts);
            return response;
        }
        catch (TencentCloudApiException e)
        {
            state.LastError = e;
            throw;
        }
    }
}
