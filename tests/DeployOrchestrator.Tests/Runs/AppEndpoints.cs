using System.Collections.Concurrent;
using System.Globalization;
using Functions.TestSupport;
using Microsoft.AspNetCore.Http;

namespace Functions.DeployOrchestrator.Tests.Runs;

/// <summary>
/// The new version's endpoints and the app's Prometheus on one loopback server: <c>/{version}/health</c> answers as
/// each version's mode says (healthy, unhealthy, slow, flapping), <c>/api/v1/query</c> answers the analysis queries
/// with the value set for the version the query names (none: an empty result, i.e. no data).
/// </summary>
internal sealed class AppEndpoints : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _modes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, double> _errorRates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _probes = new(StringComparer.Ordinal);
    private LoopbackServer? _server;

    public Uri BaseUrl => _server!.BaseUrl;

    /// <summary>How many probes each version's health endpoint answered.</summary>
    public IReadOnlyDictionary<string, int> Probes => _probes;

    public static async Task<AppEndpoints> StartAsync()
    {
        var endpoints = new AppEndpoints();
        endpoints._server = await LoopbackServer.StartAsync(endpoints.HandleAsync);
        return endpoints;
    }

    /// <summary>healthy (default), unhealthy (503), degraded (200 with status "degraded"), slow (answers after 3 s), flapping (alternates).</summary>
    public void SetHealth(string version, string mode) => _modes[version] = mode;

    /// <summary>The error rate Prometheus reports for a version; unset: no data.</summary>
    public void SetErrorRate(string version, double rate) => _errorRates[version] = rate;

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == "/api/v1/query")
        {
            var query = context.Request.Query["query"].ToString();
            var version = _errorRates.Keys.FirstOrDefault(v => query.Contains(v, StringComparison.Ordinal));
            var result = version is null ? "[]" : "[{\"metric\":{},\"value\":[" + TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() + ",\"" + _errorRates[version].ToString(CultureInfo.InvariantCulture) + "\"]}]";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":" + result + "}}");
            return;
        }

        var name = path.Trim('/').Split('/')[0];
        var count = _probes.AddOrUpdate(name, 1, (_, n) => n + 1);
        switch (_modes.GetValueOrDefault(name, "healthy"))
        {
            case "unhealthy":
                context.Response.StatusCode = 503;
                await context.Response.WriteAsync("""{"status":"down"}""");
                break;
            case "degraded":
                await context.Response.WriteAsync("""{"status":"degraded"}""");
                break;
            case "slow":
                await Task.Delay(TimeSpan.FromSeconds(3), context.RequestAborted);
                await context.Response.WriteAsync("""{"status":"ok"}""");
                break;
            case "flapping" when count % 2 == 0:
                context.Response.StatusCode = 503;
                break;
            default:
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync("""{"status":"ok"}""");
                break;
        }
    }
}
