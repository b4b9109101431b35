using Functions.Autoscaler.Metrics;

namespace Functions.Autoscaler.Tests.Metrics;

/// <summary>AUTOSCALER_METRICS_SOURCE: one source for everything, or metric=source pairs with a default.</summary>
[TestClass]
public sealed class MetricsRoutingTests
{
    [TestMethod]
    public void Parse_Unset_EverythingFromCloudMonitor()
    {
        var routing = MetricsRouting.Parse(null);

        Assert.AreEqual(MetricsSourceKind.CloudMonitor, routing.SourceOf("cpu"));
        Assert.AreEqual(MetricsSourceKind.CloudMonitor, routing.SourceOf("queue_depth"));
        Assert.AreSequenceEqual(new[] { MetricsSourceKind.CloudMonitor }, routing.Used.ToArray());
    }

    [TestMethod]
    public void Parse_OneSourceName_RoutesEveryMetricThere()
    {
        var routing = MetricsRouting.Parse(" Prometheus ");

        Assert.AreEqual(MetricsSourceKind.Prometheus, routing.SourceOf("cpu"));
        Assert.AreEqual(MetricsSourceKind.Prometheus, routing.SourceOf("requests"));
    }

    [TestMethod]
    public void Parse_Pairs_RouteNamedMetricsAndTheRestToCloudMonitor()
    {
        var routing = MetricsRouting.Parse("requests=prometheus, queue_depth = prometheus");

        Assert.AreEqual(MetricsSourceKind.Prometheus, routing.SourceOf("requests"));
        Assert.AreEqual(MetricsSourceKind.Prometheus, routing.SourceOf("queue_depth"));
        Assert.AreEqual(MetricsSourceKind.CloudMonitor, routing.SourceOf("cpu"));
        Assert.HasCount(2, routing.Used.ToArray());
    }

    [TestMethod]
    public void Parse_StarPair_SetsTheDefault()
    {
        var routing = MetricsRouting.Parse("*=prometheus,memory=cloudmonitor");

        Assert.AreEqual(MetricsSourceKind.Prometheus, routing.SourceOf("cpu"));
        Assert.AreEqual(MetricsSourceKind.CloudMonitor, routing.SourceOf("memory"));
    }

    [TestMethod]
    [DataRow("datadog", "'datadog' is not a metrics source")]
    [DataRow("cpu=graphite", "'graphite' is not a metrics source")]
    [DataRow("=prometheus", "is not metric=source")]
    [DataRow("cpu=prometheus,cpu=cloudmonitor", "metric 'cpu' is routed more than once")]
    public void Parse_Malformed_SaysWhy(string text, string expected)
    {
        var error = Assert.ThrowsExactly<FormatException>(() => MetricsRouting.Parse(text));

        Assert.Contains(expected, error.Message);
    }
}
