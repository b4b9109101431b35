using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Functions.TestSupport.CloudApi;

public sealed partial class TencentCloudApiEmulator
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    private void RegisterMonitor()
    {
        Register("monitor", "GetMonitorData", GetMonitorData);
        Register("tcb", "DescribeCurveData", DescribeCurveData);
    }

    private JsonObject GetMonitorData(JsonElement body)
    {
        var ns = body.Required("Namespace");
        var metric = body.Required("MetricName");
        var instances = body.Array("Instances").ToArray();
        if (instances.Length is 0 or > 10)
        {
            throw new ApiErrorException("InvalidParameterValue", "Instances must hold 1 to 10 instances.");
        }

        var start = DateTimeOffset.Parse(body.Required("StartTime"), CultureInfo.InvariantCulture);
        var end = body.Optional("EndTime") is { } e ? DateTimeOffset.Parse(e, CultureInfo.InvariantCulture) : TimeProvider.System.GetUtcNow();
        var points = new JsonArray();
        foreach (var instance in instances)
        {
            var dimensions = instance.Array("Dimensions").ToDictionary(d => d.Required("Name"), d => d.Required("Value"));
            var samples = Monitor.Read(ns, metric, dimensions, start, end);
            var dimensionArray = new JsonArray();
            foreach (var (name, value) in dimensions)
            {
                dimensionArray.Add(new JsonObject { ["Name"] = name, ["Value"] = value });
            }

            points.Add(new JsonObject
            {
                ["Dimensions"] = dimensionArray,
                ["Timestamps"] = new JsonArray(samples.Select(s => (JsonNode)JsonValue.Create((double)s.Time.ToUnixTimeSeconds())).ToArray()),
                ["Values"] = new JsonArray(samples.Select(s => (JsonNode)JsonValue.Create(s.Value)).ToArray()),
            });
        }

        return new JsonObject { ["Period"] = body.Number("Period") ?? 300, ["MetricName"] = metric, ["DataPoints"] = points };
    }

    private JsonObject DescribeCurveData(JsonElement body)
    {
        DateTimeOffset Parse(string name) =>
            new(DateTime.ParseExact(body.Required(name), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), ChinaStandardTime);

        var start = Parse("StartTime");
        var end = Parse("EndTime");
        if (end - start < TimeSpan.FromMinutes(5))
        {
            throw new ApiErrorException("InvalidParameterValue", "EndTime must be at least 5 minutes after StartTime.");
        }

        var dimensions = new Dictionary<string, string> { ["EnvId"] = body.Required("EnvId"), ["ResourceID"] = body.Required("ResourceID") };
        var samples = Monitor.Read("tcb-curve", body.Required("MetricName"), dimensions, start, end);
        return new JsonObject
        {
            ["MetricName"] = body.Required("MetricName"),
            ["Period"] = body.Number("Period") ?? 300,
            ["Time"] = new JsonArray(samples.Select(s => (JsonNode)JsonValue.Create(s.Time.ToUnixTimeSeconds())).ToArray()),
            ["NewValues"] = new JsonArray(samples.Select(s => (JsonNode)JsonValue.Create(s.Value)).ToArray()),
            ["Values"] = new JsonArray(samples.Select(s => (JsonNode)JsonValue.Create((long)s.Value)).ToArray()),
        };
    }
}
