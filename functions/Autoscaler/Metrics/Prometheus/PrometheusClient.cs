using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Functions.Autoscaler.Metrics.Prometheus;

/// <summary>
/// Runs instant queries (<c>GET /api/v1/query?query=…&amp;time=…</c>) with the configured credentials, retrying
/// transient failures within a budget. Query errors come back as answers; only a server that cannot be used at all
/// — unreachable, silent, refusing our credentials, or a gateway error after the retries — is an exception.
/// </summary>
internal sealed partial class PrometheusClient
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly PrometheusOptions _options;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    /// <summary>Creates the client.</summary>
    /// <param name="http">The HTTP client (no base address; no timeout, the pipeline sets one per attempt).</param>
    /// <param name="options">Where and how.</param>
    /// <param name="time">The clock for retry delays and timeouts.</param>
    /// <param name="logger">Logs retries (never a credential).</param>
    public PrometheusClient(HttpClient http, PrometheusOptions options, TimeProvider time, ILogger<PrometheusClient> logger)
    {
        _http = http;
        _options = options;
        _logger = logger;
        _pipeline = PrometheusResilience.Build(options, time, OnRetryAsync);
    }

    /// <summary>Evaluates a PromQL expression at an instant.</summary>
    /// <param name="query">The PromQL.</param>
    /// <param name="time">The evaluation time.</param>
    /// <param name="cancellationToken">Cancels the query and its retries.</param>
    /// <returns>The status and envelope.</returns>
    /// <exception cref="PrometheusUnavailableException">Prometheus cannot be used at all.</exception>
    public async Task<PrometheusAnswer> QueryAsync(string query, DateTimeOffset time, CancellationToken cancellationToken)
    {
        var seconds = (time.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
        var uri = new Uri(_options.BaseUrl, $"api/v1/query?query={Uri.EscapeDataString(query)}&time={seconds}");
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                static async (state, token) =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, state.uri);
                    request.Headers.Authorization = state.Client._options.Authorization;
                    request.Headers.Accept.Add(Json);
                    return await state.Client._http.SendAsync(request, HttpCompletionOption.ResponseContentRead, token);
                },
                (Client: this, uri),
                cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new PrometheusUnavailableException($"Prometheus at {_options.Server} cannot be reached: {e.Message}", e);
        }
        catch (TimeoutRejectedException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PrometheusUnavailableException($"Prometheus at {_options.Server} did not answer within {_options.Budget.TotalSeconds:0.#} s", e);
        }

        using (response)
        {
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new PrometheusUnavailableException(
                    $"Prometheus at {_options.Server} refused our credentials (HTTP {(int)response.StatusCode}); " +
                    "check AUTOSCALER_PROMETHEUS_BEARER_TOKEN or AUTOSCALER_PROMETHEUS_USERNAME and AUTOSCALER_PROMETHEUS_PASSWORD");
            }

            var body = await ReadAsync(response, cancellationToken);
            if (body is null && (int)response.StatusCode >= 500)
            {
                throw new PrometheusUnavailableException($"Prometheus at {_options.Server} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            return new PrometheusAnswer(response.StatusCode, body);
        }
    }

    private static async Task<PrometheusResponse?> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(PrometheusJsonContext.Default.PrometheusResponse, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            // Not JSON at all (a proxy's HTML page): the caller reports the status.
            return null;
        }
    }

    private ValueTask OnRetryAsync(OnRetryArguments<HttpResponseMessage> arguments)
    {
        var outcome = arguments.Outcome;
        var reason = outcome.Exception?.Message ?? $"HTTP {(int)outcome.Result!.StatusCode}";
        outcome.Result?.Dispose();
        LogRetry(_options.Server, arguments.AttemptNumber + 1, arguments.RetryDelay.TotalMilliseconds, reason);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(EventId = 3320, Level = LogLevel.Information, Message = "Prometheus at {Server}: attempt {Attempt} failed, retrying in {DelayMs} ms: {Reason}")]
    private partial void LogRetry(string server, int attempt, double delayMs, string reason);
}
