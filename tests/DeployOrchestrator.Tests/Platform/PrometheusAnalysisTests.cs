using System.Net;
using System.Net.Sockets;
using Functions.DeployOrchestrator.Domain;
using Functions.DeployOrchestrator.Platform;
using Functions.TestSupport;
using Microsoft.AspNetCore.Http;

namespace Functions.DeployOrchestrator.Tests.Platform;

/// <summary>The analysis against a loopback server answering the Prometheus HTTP API's JSON.</summary>
[TestClass]
public sealed class PrometheusAnalysisTests
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Measure_ValueEmptyNaNAndErrors_KeptApart()
    {
        var queries = new List<string>();
        await using var prometheus = await LoopbackServer.StartAsync(context =>
        {
            var query = context.Request.Query["query"].ToString();
            lock (queries)
            {
                queries.Add(query);
            }

            (var status, var body) = query switch
            {
                _ when query.StartsWith("errors", StringComparison.Ordinal) => (200, """{"status":"success","data":{"resultType":"vector","result":[{"metric":{"version":"superinsight-002"},"value":[1764234000.1,"0.015"]},{"metric":{},"value":[1764234000.1,"9"]}]}}"""),
                "latency" => (200, """{"status":"success","data":{"resultType":"scalar","result":[1764234000.1,"0.25"]}}"""),
                "empty" => (200, """{"status":"success","data":{"resultType":"vector","result":[]}}"""),
                "nan" => (200, """{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1764234000.1,"NaN"]}]}}"""),
                "bad(" => (400, """{"status":"error","errorType":"bad_data","error":"1:5: parse error: unclosed left parenthesis"}"""),
                _ => (503, "<html>busy</html>"),
            };
            context.Response.StatusCode = status;
            return context.Response.WriteAsync(body, context.RequestAborted);
        });
        var analysis = Analysis("errors{version=\"{version}\",service=\"{service}\"}", "latency", "empty", "nan", "bad(", "busy");

        var result = await MeasureAsync(prometheus.BaseUrl, analysis, TimeSpan.FromSeconds(5));

        Assert.AreEqual(new Measurement("m0", 0.015, null), result.Measurements[0]);
        Assert.AreEqual("errors{version=\"superinsight-002\",service=\"superinsight\"}", queries[0]);
        Assert.AreEqual(new Measurement("m1", 0.25, null), result.Measurements[1]);
        Assert.AreEqual(new Measurement("m2", null, null), result.Measurements[2]);
        Assert.AreEqual(new Measurement("m3", null, null), result.Measurements[3]);
        Assert.IsNull(result.Measurements[4].Value);
        Assert.Contains("HTTP 400: bad_data: 1:5: parse error", result.Measurements[4].Error!);
        Assert.IsNull(result.Measurements[5].Value);
        Assert.Contains("HTTP 503: no Prometheus answer", result.Measurements[5].Error!);
    }

    [TestMethod]
    public async Task Measure_SlowerThanTheTimeout_Error()
    {
        using var release = new CancellationTokenSource();
        await using var prometheus = await LoopbackServer.StartAsync(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), TimeProvider.System, release.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            await context.Response.WriteAsync("{}", context.RequestAborted);
        });

        var result = await MeasureAsync(prometheus.BaseUrl, Analysis("up"), TimeSpan.FromMilliseconds(300));
        await release.CancelAsync();

        Assert.IsNull(result.Measurements[0].Value);
        Assert.Contains("did not answer within 0.3 s", result.Measurements[0].Error!);
    }

    [TestMethod]
    public async Task Measure_Unreachable_Error()
    {
        var result = await MeasureAsync(new Uri($"http://127.0.0.1:{FreePort()}/"), Analysis("up"), TimeSpan.FromSeconds(2));

        Assert.IsNull(result.Measurements[0].Value);
        Assert.Contains("cannot be reached", result.Measurements[0].Error!);
    }

    [TestMethod]
    public async Task Measure_NoPrometheusConfigured_ErrorNamingTheVariable()
    {
        var result = await new PrometheusAnalysis(null).MeasureAsync(Run, Analysis("up"), TestContext.CancellationToken);

        Assert.AreEqual(new Measurement("m0", null, "DEPLOY_PROMETHEUS_URL is not set"), result.Measurements.Single());
    }

    [TestMethod]
    public async Task Query_PathPrefixKept()
    {
        string? path = null;
        await using var prometheus = await LoopbackServer.StartAsync(context =>
        {
            path = context.Request.Path;
            return context.Response.WriteAsync("""{"status":"success","data":{"resultType":"scalar","result":[1,"1"]}}""", context.RequestAborted);
        });

        await MeasureAsync(new Uri(prometheus.BaseUrl, "prom/managed"), Analysis("up"), TimeSpan.FromSeconds(2));

        Assert.AreEqual("/prom/managed/api/v1/query", path);
    }

    internal static RunState Run => Runs.New("superinsight", EmulatedPlatform.V2) with { NewVersion = "superinsight-002" };

    internal static AnalysisTemplate Analysis(params string[] queries) => new(
        "canary",
        queries.Select((q, i) => new AnalysisMetric($"m{i}", q, null, 0.05, 0, 0, 4, NoDataPolicy.Inconclusive)).ToArray(),
        TimeSpan.FromMinutes(1), 3, TimeSpan.Zero, InconclusiveAction.Pause);

    private Task<MeasuredResult> MeasureAsync(Uri baseUrl, AnalysisTemplate analysis, TimeSpan timeout) =>
        new PrometheusAnalysis(new PrometheusQueryClient(Http, baseUrl, timeout, TimeProvider.System)).MeasureAsync(Run, analysis, TestContext.CancellationToken);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
