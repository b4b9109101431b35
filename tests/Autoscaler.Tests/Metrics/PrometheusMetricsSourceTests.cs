using System.Net.Http.Headers;
using Functions.Autoscaler.Metrics;
using Functions.Autoscaler.Metrics.Prometheus;
using Functions.Autoscaler.Policy;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.Autoscaler.Tests.Metrics;

/// <summary>The Prometheus source's HTTP behaviour against a stand-in server: what it sends, what it retries, when it gives up.</summary>
[TestClass]
public sealed class PrometheusMetricsSourceTests
{
    private const string RequestsQuery = "sum(rate(http_requests_total{job=\"api\"}[2m]))";
    private const string CpuQuery = "avg(rate(process_cpu_seconds_total[2m])) * 100";
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, 250, TimeSpan.Zero);
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Read_AsksEachQueryAtTheEvaluationTime_UnderThePathPrefix_WithTheToken()
    {
        await using var prometheus = await FakePrometheus.StartAsync((query, _) => (200, FakePrometheus.Vector(query == RequestsQuery ? 240 : 55)));
        var source = Source(prometheus, "api/prom/", new AuthenticationHeaderValue("Bearer", "tok-123"));

        var readings = await source.ReadAsync(Query("requests", "cpu"), TestContext.CancellationToken);

        Assert.AreSequenceEqual(new[] { MetricReading.Of("requests", 240), MetricReading.Of("cpu", 55) }, readings.ToArray());
        var request = prometheus.Requests.Single(r => r.Query == RequestsQuery);
        Assert.AreEqual("GET", request.Method);
        Assert.AreEqual("/api/prom/api/v1/query", request.Path);
        Assert.AreEqual("1795770000.25", request.Time);
        Assert.AreEqual("Bearer tok-123", request.Authorization);
    }

    [TestMethod]
    public async Task Read_BusyOrThrottled_IsRetried()
    {
        await using var prometheus = await FakePrometheus.StartAsync((_, asked) => asked switch
        {
            0 => (503, """{"status":"error","errorType":"unavailable","error":"Service Unavailable"}"""),
            1 => (429, "<html>slow down</html>"),
            _ => (200, FakePrometheus.Vector(240)),
        });

        var readings = await Source(prometheus).ReadAsync(Query("requests"), TestContext.CancellationToken);

        Assert.AreEqual(240, readings.Single().Value);
        Assert.HasCount(3, prometheus.Requests);
    }

    [TestMethod]
    public async Task Read_RejectedQuery_IsMissingWithPrometheusWords_AndNotRetried()
    {
        await using var prometheus = await FakePrometheus.StartAsync((_, _) =>
            (400, """{"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:5: parse error: unexpected \"]\""}"""));

        var readings = await Source(prometheus).ReadAsync(Query("requests"), TestContext.CancellationToken);

        Assert.AreEqual(
            $"metric 'requests': Prometheus query \"{RequestsQuery}\" failed (bad_data): invalid parameter \"query\": 1:5: parse error: unexpected \"]\"",
            readings.Single().Problem);
        Assert.HasCount(1, prometheus.Requests);
    }

    [TestMethod]
    public async Task Read_OneQueryBehindAFailingGateway_OnlyItIsMissing()
    {
        await using var prometheus = await FakePrometheus.StartAsync((query, _) => query == CpuQuery ? (502, "<html>bad gateway</html>") : (200, FakePrometheus.Vector(240)));

        var readings = await Source(prometheus).ReadAsync(Query("requests", "cpu"), TestContext.CancellationToken);

        Assert.AreEqual(240, readings[0].Value);
        Assert.IsNull(readings[1].Value);
        Assert.StartsWith("metric 'cpu': Prometheus at http://127.0.0.1:", readings[1].Problem!);
        Assert.EndsWith("answered HTTP 502 Bad Gateway", readings[1].Problem!);
    }

    [TestMethod]
    public async Task Read_MetricWithoutAQuery_IsMissing_TheOthersRead()
    {
        await using var prometheus = await FakePrometheus.StartAsync((_, _) => (200, FakePrometheus.Vector(240)));

        var readings = await Source(prometheus).ReadAsync(Query("requests", "queue_depth"), TestContext.CancellationToken);

        Assert.AreEqual(240, readings[0].Value);
        Assert.AreEqual(MetricReading.Missing("queue_depth", "no PromQL query for 'queue_depth' in AUTOSCALER_PROMETHEUS_QUERIES"), readings[1]);
    }

    [TestMethod]
    public async Task Read_Unreachable_FailsTheWholeSource()
    {
        var prometheus = await FakePrometheus.StartAsync((_, _) => (200, FakePrometheus.Vector(1)));
        var source = Source(prometheus);
        await prometheus.DisposeAsync();

        var error = await Assert.ThrowsExactlyAsync<MetricsSourceException>(() => source.ReadAsync(Query("requests", "cpu"), TestContext.CancellationToken));

        Assert.StartsWith("Prometheus at http://127.0.0.1:", error.Message);
        Assert.Contains("cannot be reached", error.Message);
    }

    [TestMethod]
    public async Task Read_CredentialsRefused_FailsTheWholeSource_NamingTheVariables_NotTheSecret()
    {
        await using var prometheus = await FakePrometheus.StartAsync((_, _) => (401, "Unauthorized"));
        var source = Source(prometheus, authorization: new AuthenticationHeaderValue("Basic", "dXNlcjpodW50ZXIy"));

        var error = await Assert.ThrowsExactlyAsync<MetricsSourceException>(() => source.ReadAsync(Query("requests"), TestContext.CancellationToken));

        Assert.Contains("refused our credentials (HTTP 401); check AUTOSCALER_PROMETHEUS_BEARER_TOKEN or AUTOSCALER_PROMETHEUS_USERNAME", error.Message);
        Assert.DoesNotContain("dXNlcjpodW50ZXIy", error.Message);
        Assert.HasCount(1, prometheus.Requests, "a refusal is not transient");
    }

    [TestMethod]
    public async Task Read_NoAnswerInTime_FailsTheWholeSource_WithinTheBudget()
    {
        await using var prometheus = await FakePrometheus.StartAsync((_, _) => (200, FakePrometheus.Vector(1)));
        prometheus.Delay = TimeSpan.FromSeconds(2);
        var options = Options(prometheus) with { AttemptTimeout = TimeSpan.FromMilliseconds(200) };
        var source = new PrometheusMetricsSource(
            new PrometheusClient(Http, options, TimeProvider.System, NullLogger<PrometheusClient>.Instance), options, NullLogger<PrometheusMetricsSource>.Instance);

        var error = await Assert.ThrowsExactlyAsync<MetricsSourceException>(() => source.ReadAsync(Query("requests"), TestContext.CancellationToken));

        Assert.EndsWith("did not answer within 0.6 s", error.Message);
    }

    private static PrometheusMetricsSource Source(FakePrometheus prometheus, string prefix = "", AuthenticationHeaderValue? authorization = null)
    {
        var options = Options(prometheus, prefix) with { Authorization = authorization };
        return new PrometheusMetricsSource(
            new PrometheusClient(Http, options, TimeProvider.System, NullLogger<PrometheusClient>.Instance), options, NullLogger<PrometheusMetricsSource>.Instance);
    }

    private static PrometheusOptions Options(FakePrometheus prometheus, string prefix = "") =>
        new(new Uri(prometheus.BaseUrl, prefix), new Dictionary<string, string> { ["requests"] = RequestsQuery, ["cpu"] = CpuQuery }, null, TimeSpan.FromSeconds(2))
        {
            RetryDelay = TimeSpan.FromMilliseconds(5),
        };

    private static MetricsQuery Query(params string[] metrics) =>
        new("env-1", "superinsight", metrics.Select(m => new MetricTarget(m, MetricKind.Value, 1)).ToArray(), 3, Now, MetricsQuery.DefaultLookBack);
}
