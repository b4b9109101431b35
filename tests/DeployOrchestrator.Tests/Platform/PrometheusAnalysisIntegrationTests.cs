using System.Globalization;
using Functions.DeployOrchestrator.Domain;
using Functions.DeployOrchestrator.Platform;
using Functions.TestSupport;
using Microsoft.AspNetCore.Http;

namespace Functions.DeployOrchestrator.Tests.Platform;

/// <summary>
/// The analysis against a real Prometheus scraping, every second, a /metrics endpoint the test serves: requests of
/// two versions, and errors of the new version only.
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class PrometheusAnalysisIntegrationTests
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = Timeout.InfiniteTimeSpan };

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Measure_RealPrometheus_ValuePerVersion_NoDataForAnAbsentSeries_ErrorForABadQuery()
    {
        var binary = PrometheusServer.RequireBinary();
        var started = TimeProvider.System.GetTimestamp();
        await using var exporter = await LoopbackServer.StartAsync(context => ServeMetricsAsync(context, TimeProvider.System.GetElapsedTime(started).TotalSeconds));
        await using var prometheus = await PrometheusServer.StartAsync(binary, exporter.BaseUrl, TestContext.CancellationToken);
        await prometheus.WaitForAsync("count_over_time(deploy_test_requests_total{version=\"superinsight-002\"}[6s])", 6, TestContext.CancellationToken);
        var analysis = PrometheusAnalysisTests.Analysis(
            "sum(deploy_test_errors_total{version=\"{version}\"}) / sum(deploy_test_requests_total{version=\"{version}\",service=\"{service}\"})",
            "sum(rate(deploy_test_requests_total{version=\"{version}\"}[5s]))",
            "sum(rate(deploy_test_never_exported_total{version=\"{version}\"}[5s]))",
            "sum(rate(deploy_test_requests_total[5s]");

        var result = await new PrometheusAnalysis(new PrometheusQueryClient(Http, prometheus.BaseUrl, TimeSpan.FromSeconds(5), TimeProvider.System))
            .MeasureAsync(PrometheusAnalysisTests.Run, analysis, TestContext.CancellationToken);

        Assert.AreEqual(0.1, result.Measurements[0].Value!.Value, 0.02, prometheus.Log);
        Assert.AreEqual(10, result.Measurements[1].Value!.Value, 1.5, "rate of the new version's requests");
        Assert.AreEqual(new Measurement("m2", null, null), result.Measurements[2]);
        Assert.IsNull(result.Measurements[3].Value);
        Assert.Contains("bad_data", result.Measurements[3].Error!);
    }

    private static Task ServeMetricsAsync(HttpContext context, double elapsedSeconds)
    {
        if (context.Request.Path != "/metrics")
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        var requests = 1000 + (10 * elapsedSeconds);
        string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/plain; version=0.0.4";
        return context.Response.WriteAsync($"""
            # HELP deploy_test_requests_total Requests served.
            # TYPE deploy_test_requests_total counter
            deploy_test_requests_total{"{"}service="superinsight",version="superinsight-001"{"}"} {Text(requests)}
            deploy_test_requests_total{"{"}service="superinsight",version="superinsight-002"{"}"} {Text(requests)}
            # HELP deploy_test_errors_total Requests failed.
            # TYPE deploy_test_errors_total counter
            deploy_test_errors_total{"{"}service="superinsight",version="superinsight-002"{"}"} {Text(requests / 10)}

            """, context.RequestAborted);
    }
}
