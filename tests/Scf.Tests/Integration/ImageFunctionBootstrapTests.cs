using System.Net;
using System.Text;
using System.Text.Json;
using Functions.TestSupport;

namespace Functions.Scf.Tests.Integration;

/// <summary>The published NativeAOT probe as an image function: <c>bootstrap serve</c> over real HTTP.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class ImageFunctionBootstrapTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Serve_AnswersEventInvoke_WithResultsAndErrors()
    {
        await using var server = await ServeAsync();
        using var http = new HttpClient { BaseAddress = server.Address };

        using var ok = await PostAsync(http, """{"command":"echo","n":7}""", ("X-Scf-Request-Id", "img-1"));
        using var failed = await PostAsync(http, """{"command":"throw"}""", ("X-Scf-Request-Id", "img-2"));
        using var malformed = await PostAsync(http, "{{{", ("X-Scf-Request-Id", "img-3"));

        Assert.AreEqual(HttpStatusCode.OK, ok.StatusCode);
        Assert.AreEqual(7, (await JsonAsync(ok)).GetProperty("n").GetInt32());
        Assert.AreEqual(HttpStatusCode.InternalServerError, failed.StatusCode);
        var error = await JsonAsync(failed);
        Assert.AreEqual("InvalidOperationException", error.GetProperty("errorType").GetString());
        Assert.AreEqual("img-2", error.GetProperty("requestId").GetString());
        Assert.AreEqual("InvalidEvent", (await JsonAsync(malformed)).GetProperty("errorType").GetString());
        Assert.Contains(l => l.Contains("\"requestId\":\"img-1\"", StringComparison.Ordinal), server.Process.Stdout);
    }

    [TestMethod]
    public async Task Serve_PerInvocationCredentials_StayWithTheirInvocation()
    {
        await using var server = await ServeAsync();
        using var http = new HttpClient { BaseAddress = server.Address };

        var requests = Enumerable.Range(0, 8).Select(async i =>
        {
            using var response = await PostAsync(http, """{"command":"credentials"}""",
                ("X-Scf-Secret-Id", $"AKID-{i}"), ("X-Scf-Secret-Key", $"key-{i}-secret"), ("X-Scf-Session-Token", $"token-{i}"));
            return (i, await JsonAsync(response));
        });
        var results = await Task.WhenAll(requests);
        using var anonymous = await PostAsync(http, """{"command":"credentials"}""");

        foreach (var (i, json) in results)
        {
            Assert.AreEqual($"AKID-{i}", json.GetProperty("secretId").GetString());
            Assert.IsTrue(json.GetProperty("temporary").GetBoolean());
        }

        Assert.AreEqual(JsonValueKind.Null, (await JsonAsync(anonymous)).GetProperty("secretId").ValueKind);
    }

    [TestMethod]
    public async Task Serve_WrongPathMethodOrSize_GetClearHttpErrors()
    {
        await using var server = await ServeAsync(new() { ["MAX_EVENT_BYTES"] = "2048" });
        using var http = new HttpClient { BaseAddress = server.Address };

        using var notFound = await http.PostAsync("/invoke", new StringContent("{}"), TestContext.CancellationToken);
        using var wrongMethod = await http.GetAsync("/event-invoke", TestContext.CancellationToken);
        using var tooLarge = await PostAsync(http, $$"""{"command":"echo","pad":"{{new string('x', 10_000)}}"}""");
        using var afterwards = await PostAsync(http, """{"command":"echo"}""");

        Assert.AreEqual(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.AreEqual(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
        Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.AreEqual("EventTooLarge", (await JsonAsync(tooLarge)).GetProperty("errorType").GetString());
        Assert.AreEqual(HttpStatusCode.OK, afterwards.StatusCode);
    }

    [TestMethod]
    public async Task Serve_TimeoutHeaderInSeconds_BoundsTheInvocation()
    {
        await using var server = await ServeAsync();
        using var http = new HttpClient { BaseAddress = server.Address };

        using var response = await PostAsync(http, """{"command":"sleep","ms":20000}""", ("X-Scf-Timeout", "2"));

        Assert.AreEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.AreEqual("Timeout", (await JsonAsync(response)).GetProperty("errorType").GetString());
    }

    [TestMethod]
    public async Task Serve_Sigterm_StopsCleanly()
    {
        await using var server = await ServeAsync();

        server.Process.Terminate();
        await server.Process.WaitForExitAsync(Generous);

        Assert.AreEqual(0, server.Process.ExitCode);
        Assert.Contains(l => l.Contains("server stopped", StringComparison.Ordinal), server.Process.Stdout);
    }

    private async Task<RunningServer> ServeAsync(Dictionary<string, string>? environment = null)
    {
        var process = BootstrapProcess.Start(TestEnvironment.RequireBootstrap("ProbeFunction"), ["serve", "--port", "0"], environment ?? []);
        var line = await process.WaitForStdoutAsync(l => l.Contains("listening on", StringComparison.Ordinal), Generous);
        var address = JsonDocument.Parse(line).RootElement.GetProperty("addresses")[0].GetString()!;
        var port = new Uri(address).Port;
        return new RunningServer(process, new Uri($"http://127.0.0.1:{port}/"));
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient http, string body, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/event-invoke") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return await http.SendAsync(request, TestContext.CancellationToken);
    }

    private async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.CancellationToken)).RootElement.Clone();

    private sealed record RunningServer(BootstrapProcess Process, Uri Address) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Process.DisposeAsync();
    }
}
