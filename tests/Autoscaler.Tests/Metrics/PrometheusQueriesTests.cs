using Functions.Autoscaler.Metrics.Configuration;

namespace Functions.Autoscaler.Tests.Metrics;

/// <summary>AUTOSCALER_PROMETHEUS_QUERIES as a JSON object or as name=query lines.</summary>
[TestClass]
public sealed class PrometheusQueriesTests
{
    [TestMethod]
    public void Parse_JsonObject_MapsNamesToQueries()
    {
        var queries = PrometheusQueries.Parse("""{"cpu": "avg(rate(cpu_seconds_total[2m])) * 100", "requests": "sum(rate(http_requests_total{job=\"api\"}[2m]))"}""");

        Assert.AreEqual("avg(rate(cpu_seconds_total[2m])) * 100", queries["cpu"]);
        Assert.AreEqual("sum(rate(http_requests_total{job=\"api\"}[2m]))", queries["requests"]);
    }

    [TestMethod]
    public void Parse_Lines_SplitAtTheFirstEquals_SkippingCommentsAndBlanks()
    {
        var queries = PrometheusQueries.Parse("""
            # request rate over the service
            requests = sum(rate(http_requests_total{job="api",code!~"5.."}[2m]))

            queue_depth=max(celery_queue_length{queue="default"})
            """);

        Assert.HasCount(2, queries);
        Assert.AreEqual("sum(rate(http_requests_total{job=\"api\",code!~\"5..\"}[2m]))", queries["requests"]);
        Assert.AreEqual("max(celery_queue_length{queue=\"default\"})", queries["queue_depth"]);
    }

    [TestMethod]
    [DataRow("{\"cpu\": 3}", "the query of 'cpu' must be a JSON string")]
    [DataRow("{\"cpu\": \"up\"", "is not valid JSON")]
    [DataRow("[\"up\"]", "is not name=query")]
    [DataRow("{\"9lives\": \"up\"}", "'9lives' is not a metric name")]
    [DataRow("{\"cpu\": \"  \"}", "the query of 'cpu' is empty")]
    [DataRow("cpu=up\ncpu=down", "'cpu' has more than one query")]
    [DataRow("sum(rate(x[1m]))", "is not name=query")]
    [DataRow("{}", "holds no query")]
    public void Parse_Malformed_SaysWhy(string text, string expected)
    {
        var error = Assert.ThrowsExactly<FormatException>(() => PrometheusQueries.Parse(text));

        Assert.Contains(expected, error.Message);
    }
}
