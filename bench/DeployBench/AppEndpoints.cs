using Functions.TestSupport;
using Microsoft.AspNetCore.Http;

namespace Functions.DeployBench;

/// <summary>
/// Every new version's health endpoint (<c>/{version}/health</c>, always <c>{"status":"ok"}</c>) and the app's
/// Prometheus (<c>/api/v1/query</c>, an error rate of 0.01 for any query) on one loopback server: a canary that
/// passes every check at once, so no step waits.
/// </summary>
internal sealed class AppEndpoints : IAsyncDisposable
{
    private LoopbackServer? _server;

    public Uri BaseUrl => _server!.BaseUrl;

    public static async Task<AppEndpoints> StartAsync()
    {
        var endpoints = new AppEndpoints();
        endpoints._server = await LoopbackServer.StartAsync(HandleAsync);
        return endpoints;
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static async Task HandleAsync(HttpContext context)
    {
        context.Response.ContentType = "application/json";
        if (context.Request.Path.Value == "/api/v1/query")
        {
            var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
            await context.Response.WriteAsync("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[" + now + ",\"0.01\"]}]}}");
            return;
        }

        await context.Response.WriteAsync("""{"status":"ok"}""");
    }
}
