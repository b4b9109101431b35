using System.Globalization;
using Functions.Autoscaler.Metrics;
using Functions.Autoscaler.Metrics.Prometheus;
using Functions.Autoscaler.Policy;
using Functions.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.Autoscaler.Tests.Metrics;

/// <summary>
/// The Prometheus source against a real Prometheus scraping, every second, a /metrics endpoint whose gauge and
/// counters the test controls: the counters grow by 10 per second per path, so their summed rate is 20.
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class PrometheusIntegrationTests
{
    private const double PerPathPerSecond = 10;

    private static readonly Dictionary<string, string> Queries = new()
    {
        ["inflight"] = "autoscaler_test_inflight",
        ["requests"] = "sum(rate(autoscaler_test_requests_total[5s]))",
        ["half_inflight"] = "scalar(autoscaler_test_inflight) / 2",
        ["per_path"] = "rate(autoscaler_test_requests_total[5s])",
        ["absent"] = "sum(rate(autoscaler_test_never_exported_total[5s]))",
    };

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Read_RealPrometheus_GaugeRateAndScalarAreValues_SeveralOrNoSeriesAreMissing()
    {
        var binary = PrometheusServer.RequireBinary();
        var started = TimeProvider.System.GetTimestamp();
        await using var exporter = await LoopbackServer.StartAsync(context => ServeMetricsAsync(context, TimeProvider.System.GetElapsedTime(started).TotalSeconds));
        await using var prometheus = await PrometheusServer.StartAsync(binary, exporter.BaseUrl, TestContext.CancellationToken);
        // rate() divides by the whole range: wait until the series is older than the range, so it covers all of it.
        await prometheus.WaitForAsync("count_over_time(autoscaler_test_requests_total{path=\"/a\"}[6s])", 6, TestContext.CancellationToken);

        var options = new PrometheusOptions(prometheus.BaseUrl, Queries, null, TimeSpan.FromSeconds(5));
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var source = new PrometheusMetricsSource(
            new PrometheusClient(http, options, TimeProvider.System, NullLogger<PrometheusClient>.Instance), options, NullLogger<PrometheusMetricsSource>.Instance);
        var targets = Queries.Keys.Select(name => new MetricTarget(name, MetricKind.Value, 1)).ToArray();

        var readings = (await source.ReadAsync(
            new MetricsQuery("env-1", "superinsight", targets, 2, TimeProvider.System.GetUtcNow(), MetricsQuery.DefaultLookBack), TestContext.CancellationToken))
            .ToDictionary(r => r.Name);

        Assert.AreEqual(42, readings["inflight"].Value, prometheus.Log);
        Assert.AreEqual(2 * PerPathPerSecond, readings["requests"].Value!.Value, 1.5, "sum(rate(...)) over both paths");
        Assert.AreEqual(21, readings["half_inflight"].Value);
        Assert.IsNull(readings["per_path"].Value);
        Assert.Contains(
            "metric 'per_path': Prometheus query \"rate(autoscaler_test_requests_total[5s])\" returned 2 series ({instance=\"127.0.0.1:", readings["per_path"].Problem!);
        Assert.AreEqual(
            "metric 'absent': Prometheus query \"sum(rate(autoscaler_test_never_exported_total[5s]))\" returned no series (an empty vector: nothing matched, or the series are stale)",
            readings["absent"].Problem);
    }

    private static Task ServeMetricsAsync(HttpContext context, double elapsedSeconds)
    {
        if (context.Request.Path != "/metrics")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        var count = (1000 + (PerPathPerSecond * elapsedSeconds)).ToString("0.###", CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/plain; version=0.0.4";
        return context.Response.WriteAsync($"""
            # HELP autoscaler_test_inflight Requests in flight.
            # TYPE autoscaler_test_inflight gauge
            autoscaler_test_inflight 42
            # HELP autoscaler_test_requests_total Requests served.
            # TYPE autoscaler_test_requests_total counter
            autoscaler_test_requests_total{"{"}path="/a"{"}"} {count}
            autoscaler_test_requests_total{"{"}path="/b"{"}"} {count}

            """);
    }
}
