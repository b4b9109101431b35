using System.Globalization;
using System.Text.Json;

namespace Functions.DeployOrchestrator.Platform;

/// <summary>
/// Instant queries against the Prometheus HTTP API (<c>GET {base}/api/v1/query?query=…</c>), one attempt each within
/// a timeout. There are no retries here on purpose: an analysis measures again every interval and tolerates
/// consecutive errors up to its limit, which is the retry. Parsed with <see cref="JsonDocument"/> (AOT-safe).
/// </summary>
/// <param name="http">The HTTP client (its own timeout unused).</param>
/// <param name="baseUrl">The server, e.g. <c>http://prometheus:9090/</c> (a path prefix is kept).</param>
/// <param name="timeout">Longest wait for one answer.</param>
/// <param name="time">The clock for the timeout.</param>
internal sealed class PrometheusQueryClient(HttpClient http, Uri baseUrl, TimeSpan timeout, TimeProvider time)
{
    private readonly Uri _base = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    /// <summary>Evaluates <paramref name="promql"/> now.</summary>
    /// <param name="promql">The query.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The samples: empty when nothing matched.</returns>
    /// <exception cref="PrometheusQueryException">No answer, or not a successful one.</exception>
    public async Task<IReadOnlyList<PrometheusSample>> QueryAsync(string promql, CancellationToken cancellationToken)
    {
        var server = $"{_base.Scheme}://{_base.Authority}";
        using var deadline = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var response = await http.GetAsync(new Uri(_base, $"api/v1/query?query={Uri.EscapeDataString(promql)}"), linked.Token);
            var body = await response.Content.ReadAsByteArrayAsync(linked.Token);
            using var document = Parse(body);
            var root = document?.RootElement;
            if (root is { } envelope && Text(envelope, "status") == "success" && response.IsSuccessStatusCode)
            {
                return Samples(envelope);
            }

            var reason = root is { } error && Text(error, "error") is { } text ? $"{Text(error, "errorType") ?? "error"}: {text}" : "no Prometheus answer";
            throw new PrometheusQueryException($"Prometheus at {server} answered HTTP {(int)response.StatusCode}: {reason}");
        }
        catch (OperationCanceledException e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new PrometheusQueryException($"Prometheus at {server} did not answer within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s", e);
        }
        catch (HttpRequestException e)
        {
            throw new PrometheusQueryException($"Prometheus at {server} cannot be reached: {e.Message}", e);
        }
    }

    private static JsonDocument? Parse(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PrometheusSample[] Samples(JsonElement envelope)
    {
        if (!envelope.TryGetProperty("data", out var data) || !data.TryGetProperty("result", out var result))
        {
            throw new PrometheusQueryException("Prometheus answered success without a result");
        }

        return Text(data, "resultType") switch
        {
            "vector" => result.EnumerateArray().Select(s => new PrometheusSample(Labels(s), Value(s.GetProperty("value")))).ToArray(),
            "scalar" => [new PrometheusSample(new Dictionary<string, string>(), Value(result))],
            var other => throw new PrometheusQueryException($"the query returned a {other ?? "result of no type"}, not an instant vector or scalar"),
        };
    }

    private static Dictionary<string, string> Labels(JsonElement sample) =>
        sample.TryGetProperty("metric", out var metric) && metric.ValueKind == JsonValueKind.Object
            ? metric.EnumerateObject().ToDictionary(l => l.Name, l => l.Value.GetString() ?? "", StringComparer.Ordinal)
            : [];

    // [unix time, "value"]: the value is text so that NaN and ±Inf survive JSON.
    private static double Value(JsonElement pair) => pair[1].GetString() switch
    {
        "NaN" => double.NaN,
        "+Inf" or "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        var text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
        var text => throw new PrometheusQueryException($"the sample value '{text}' is not a number"),
    };

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
