using System.Globalization;
using System.Text.Json;
using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.Platform;

/// <summary>
/// One HTTP probe of the new version: GET the check's URL (<c>{version}</c> and <c>{service}</c> replaced) within
/// the check's timeout, then compare the status and, when set, one JSON field. HTTP and network failures are
/// unhealthy probes with a reason, never exceptions.
/// </summary>
/// <param name="http">The HTTP client (its own timeout unused: each probe has one).</param>
/// <param name="time">The clock for the per-probe timeout.</param>
internal sealed class HttpHealthProbe(HttpClient http, TimeProvider time)
{
    /// <summary>Probes once.</summary>
    /// <param name="run">The run (its service and new version fill the URL).</param>
    /// <param name="check">The check.</param>
    /// <param name="cancellationToken">Cancels the probe (the invocation ending, not the probe timing out).</param>
    /// <returns>Whether it was healthy, and what was seen.</returns>
    public async Task<ProbeResult> ProbeAsync(RunState run, HealthCheck check, CancellationToken cancellationToken)
    {
        var text = check.Url
            .Replace("{version}", Uri.EscapeDataString(run.NewVersion ?? ""), StringComparison.Ordinal)
            .Replace("{service}", Uri.EscapeDataString(run.Service), StringComparison.Ordinal);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return new ProbeResult(false, $"not an http(s) URL: {text}");
        }

        using var timeout = new CancellationTokenSource(check.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, linked.Token);
            var status = (int)response.StatusCode;
            if (status != check.ExpectStatus)
            {
                return new ProbeResult(false, $"HTTP {status}, expected {check.ExpectStatus}");
            }

            if (check.JsonField is null)
            {
                return new ProbeResult(true, $"HTTP {status}");
            }

            var body = await response.Content.ReadAsByteArrayAsync(linked.Token);
            return Field(status, body, check.JsonField, check.ExpectValue);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new ProbeResult(false, $"timeout after {Duration(check.Timeout)}");
        }
        catch (HttpRequestException e)
        {
            return new ProbeResult(false, $"connection error: {e.Message}");
        }
    }

    private static ProbeResult Field(int status, byte[] body, string path, string? expected)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (JsonPath.Find(document.RootElement, path) is not { } value)
            {
                return new ProbeResult(false, $"HTTP {status}, {path} missing");
            }

            var actual = JsonPath.AsText(value);
            return expected is null || actual == expected
                ? new ProbeResult(true, $"HTTP {status}, {path}={actual}")
                : new ProbeResult(false, $"{path}={actual}, expected {expected}");
        }
        catch (JsonException)
        {
            return new ProbeResult(false, $"HTTP {status}, the body is not JSON");
        }
    }

    private static string Duration(TimeSpan span) =>
        span.TotalSeconds >= 1 && span.Milliseconds == 0
            ? span.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + "s"
            : span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + "ms";
}
