using System.Collections.Concurrent;
using Functions.TestSupport;
using Microsoft.AspNetCore.Http;

namespace Functions.Autoscaler.Tests.Metrics;

/// <summary>A stand-in Prometheus HTTP API on loopback that answers each query as a test says and records every request.</summary>
internal sealed class FakePrometheus : IAsyncDisposable
{
    private readonly ConcurrentQueue<Request> _requests = new();
    private readonly Func<string, int, (int Status, string Body)> _answer;
    private LoopbackServer? _server;

    private FakePrometheus(Func<string, int, (int Status, string Body)> answer) => _answer = answer;

    public Uri BaseUrl => _server!.BaseUrl;

    public IReadOnlyList<Request> Requests => _requests.ToArray();

    /// <summary>How long each answer takes.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Starts the server.</summary>
    /// <param name="answer">From the PromQL and how many times it was asked before to the status and body.</param>
    /// <returns>The server.</returns>
    public static async Task<FakePrometheus> StartAsync(Func<string, int, (int Status, string Body)> answer)
    {
        var fake = new FakePrometheus(answer);
        fake._server = await LoopbackServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    public static string Vector(double value) => $$$"""{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1767000000,"{{{value}}}"]}]}}""";

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        var query = context.Request.Query["query"].ToString();
        var asked = _requests.Count(r => r.Query == query);
        _requests.Enqueue(new Request(context.Request.Method, context.Request.Path, query, context.Request.Query["time"].ToString(), context.Request.Headers.Authorization.ToString()));
        var (status, body) = _answer(query, asked);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, TimeProvider.System, context.RequestAborted);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = body.StartsWith('{') ? "application/json" : "text/html";
        await context.Response.WriteAsync(body);
    }

    public sealed record Request(string Method, string Path, string Query, string Time, string Authorization);
}
