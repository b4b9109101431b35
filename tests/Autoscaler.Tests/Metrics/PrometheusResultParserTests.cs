using System.Net;
using System.Text.Json;
using Functions.Autoscaler.Metrics.Prometheus;

namespace Functions.Autoscaler.Tests.Metrics;

/// <summary>Only one number is a value: a scalar or a single series; anything else is missing, naming the metric and its query.</summary>
[TestClass]
public sealed class PrometheusResultParserTests
{
    private const string Query = "sum(rate(http_requests_total[2m]))";

    [TestMethod]
    public void Parse_Scalar_IsTheValue()
    {
        var reading = Parse("""{"status":"success","data":{"resultType":"scalar","result":[1767000000.5,"12.25"]}}""");

        Assert.AreEqual(12.25, reading.Value);
        Assert.IsNull(reading.Problem);
    }

    [TestMethod]
    public void Parse_OneSeriesVector_IsItsValue()
    {
        var reading = Parse("""{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1767000000,"240"]}]}}""");

        Assert.AreEqual(240, reading.Value);
        Assert.AreEqual("requests", reading.Name);
    }

    [TestMethod]
    public void Parse_EmptyVector_IsMissing_NamingTheMetricAndQuotingTheQuery()
    {
        var reading = Parse("""{"status":"success","data":{"resultType":"vector","result":[]}}""");

        Assert.IsNull(reading.Value);
        Assert.AreEqual($"metric 'requests': Prometheus query \"{Query}\" returned no series (an empty vector: nothing matched, or the series are stale)", reading.Problem);
    }

    [TestMethod]
    public void Parse_SeveralSeries_IsMissing_ShowingTheirLabels()
    {
        var reading = Parse("""
            {"status":"success","data":{"resultType":"vector","result":[
              {"metric":{"path":"/a"},"value":[1,"1"]},{"metric":{"path":"/b"},"value":[1,"2"]},
              {"metric":{"path":"/c"},"value":[1,"3"]},{"metric":{"path":"/d"},"value":[1,"4"]}]}}
            """);

        Assert.IsNull(reading.Value);
        Assert.Contains("metric 'requests'", reading.Problem!);
        Assert.Contains($"\"{Query}\" returned 4 series ({{path=\"/a\"}}, {{path=\"/b\"}}, {{path=\"/c\"}}, …)", reading.Problem!);
        Assert.Contains("sum(…)", reading.Problem!);
    }

    [TestMethod]
    [DataRow("NaN", "returned NaN")]
    [DataRow("+Inf", "returned +Inf")]
    [DataRow("-Inf", "returned -Inf")]
    [DataRow("twelve", "returned the value 'twelve', which is not a number")]
    public void Parse_NotAFiniteNumber_IsMissing(string value, string expected)
    {
        var reading = Parse($$$"""{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"{{{value}}}"]}]}}""");

        Assert.IsNull(reading.Value);
        Assert.Contains(expected, reading.Problem!);
    }

    [TestMethod]
    public void Parse_RangeVector_IsMissing()
    {
        var reading = Parse("""{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"],[2,"2"]]}]}}""");

        Assert.IsNull(reading.Value);
        Assert.Contains("returned a range vector", reading.Problem!);
    }

    [TestMethod]
    public void Parse_String_IsMissing()
    {
        var reading = Parse("""{"status":"success","data":{"resultType":"string","result":[1,"hello"]}}""");

        Assert.Contains("returned a string, not a number", reading.Problem!);
    }

    [TestMethod]
    public void Parse_ErrorStatus_IsMissing_WithPrometheusOwnWords()
    {
        var reading = Parse(
            """{"status":"error","errorType":"bad_data","error":"1:10: parse error: unexpected right parenthesis ')'"}""", HttpStatusCode.BadRequest);

        Assert.AreEqual($"metric 'requests': Prometheus query \"{Query}\" failed (bad_data): 1:10: parse error: unexpected right parenthesis ')'", reading.Problem);
    }

    [TestMethod]
    public void Parse_UnexpectedShape_IsMissing_NotAnException()
    {
        var reading = Parse("""{"status":"success","data":{"resultType":"vector","result":[{"metric":{}}]}}""");

        Assert.IsNull(reading.Value);
        Assert.Contains("answered JSON of an unexpected shape", reading.Problem!);
    }

    [TestMethod]
    public void Parse_NoPrometheusBody_IsMissing_WithTheStatus()
    {
        var reading = PrometheusResultParser.Parse("requests", Query, new PrometheusAnswer(HttpStatusCode.NotFound, null));

        Assert.Contains("got HTTP 404 NotFound without a Prometheus answer", reading.Problem!);
    }

    private static Functions.Autoscaler.Policy.MetricReading Parse(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        PrometheusResultParser.Parse("requests", Query, new PrometheusAnswer(status, JsonSerializer.Deserialize(json, PrometheusJsonContext.Default.PrometheusResponse)));
}
