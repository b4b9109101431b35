using System.Net;
using System.Net.Sockets;
using Functions.DeployOrchestrator.Domain;
using Functions.DeployOrchestrator.Platform;
using Functions.TestSupport;
using Microsoft.AspNetCore.Http;

namespace Functions.DeployOrchestrator.Tests.Platform;

/// <summary>The probe against real HTTP servers on loopback.</summary>
[TestClass]
public sealed class HttpHealthProbeTests
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Probe_ExpectedStatusAndField_HealthyWithVersionAndServiceInTheUrl()
    {
        string? path = null;
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            path = context.Request.Path + context.Request.QueryString;
            return context.Response.WriteAsync("""{"status":"ok","checks":{"db":{"up":true,"latency":12.5}}}""", context.RequestAborted);
        });

        var result = await ProbeAsync(Check(server, "health/{service}?version={version}", "checks.db.up", "true"));

        Assert.AreEqual(new ProbeResult(true, "HTTP 200, checks.db.up=true"), result);
        Assert.AreEqual("/health/superinsight?version=superinsight-002", path);
    }

    [TestMethod]
    public async Task Probe_NumberField_ComparedAsText()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("""{"checks":[{"latency":12.5}]}""", context.RequestAborted));

        var result = await ProbeAsync(Check(server, "health", "checks.0.latency", "12.5"));

        Assert.IsTrue(result.Healthy, result.Detail);
    }

    [TestMethod]
    public async Task Probe_503_Unhealthy()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });

        var result = await ProbeAsync(Check(server, "health", null, null));

        Assert.AreEqual(new ProbeResult(false, "HTTP 503, expected 200"), result);
    }

    [TestMethod]
    public async Task Probe_WrongFieldValue_Unhealthy()
    {
        await using var server = await LoopbackServer.StartAsync(context => context.Response.WriteAsync("""{"status":"degraded"}""", context.RequestAborted));

        var result = await ProbeAsync(Check(server, "health", "status", "ok"));

        Assert.AreEqual(new ProbeResult(false, "status=degraded, expected ok"), result);
    }

    [TestMethod]
    public async Task Probe_MissingFieldOrNotJson_Unhealthy()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
            context.Response.WriteAsync(context.Request.Path == "/json" ? """{"other":1}""" : "<html>ok</html>", context.RequestAborted));

        var missing = await ProbeAsync(Check(server, "json", "status", "ok"));
        var html = await ProbeAsync(Check(server, "html", "status", "ok"));

        Assert.AreEqual(new ProbeResult(false, "HTTP 200, status missing"), missing);
        Assert.AreEqual(new ProbeResult(false, "HTTP 200, the body is not JSON"), html);
    }

    [TestMethod]
    public async Task Probe_SlowerThanItsTimeout_UnhealthyTimeout()
    {
        using var release = new CancellationTokenSource();
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), TimeProvider.System, release.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            await context.Response.WriteAsync("late", context.RequestAborted);
        });

        var result = await ProbeAsync(Check(server, "health", null, null) with { Timeout = TimeSpan.FromMilliseconds(300) });
        await release.CancelAsync();

        Assert.AreEqual(new ProbeResult(false, "timeout after 300ms"), result);
    }

    [TestMethod]
    public async Task Probe_ConnectionRefused_UnhealthyConnectionError()
    {
        var port = FreePort();

        var result = await ProbeAsync(new HealthCheck("api", $"http://127.0.0.1:{port}/health", 200, null, null, 1, 0, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1)));

        Assert.IsFalse(result.Healthy);
        Assert.StartsWith("connection error: ", result.Detail);
    }

    [TestMethod]
    public async Task Probe_NotAnHttpUrl_UnhealthyWithoutARequest()
    {
        var result = await ProbeAsync(new HealthCheck("api", "file:///etc/passwd", 200, null, null, 1, 0, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(1)));

        Assert.AreEqual(new ProbeResult(false, "not an http(s) URL: file:///etc/passwd"), result);
    }

    private static HealthCheck Check(LoopbackServer server, string path, string? field, string? value) =>
        new("api", server.BaseUrl + path, 200, field, value, 1, 0, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1));

    private Task<ProbeResult> ProbeAsync(HealthCheck check) =>
        new HttpHealthProbe(Http, TimeProvider.System).ProbeAsync(
            Runs.New("superinsight", EmulatedPlatform.V2) with { NewVersion = "superinsight-002" }, check, TestContext.CancellationToken);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
