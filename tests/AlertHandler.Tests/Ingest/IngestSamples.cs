using System.Text.Json.Nodes;
using Functions.AlertHandler.Alerts;
using Functions.AlertHandler.Ingest;
using Functions.TestSupport;

namespace Functions.AlertHandler.Tests.Ingest;

/// <summary>The alert samples, read through the reader, and edited copies of them for the bad-input cases.</summary>
internal static class IngestSamples
{
    public const string MetricFiring = "alarm-cloudmonitor-metric-firing.json";
    public const string MetricResolved = "alarm-cloudmonitor-metric-resolved.json";
    public const string EventFiring = "alarm-cloudmonitor-event-firing.json";
    public const string MetricNumeric = "alarm-cloudmonitor-metric-numeric.json";
    public const string Alertmanager = "bodies/alarm-alertmanager-v4.json";
    public const string HttpCallback = "http-alarm-callback.json";

    public static Alert Single(string sample) => Assert.ContainsSingle(AlertPayloadReader.Read(SampleEvents.Read(sample)));

    public static JsonObject Node(string sample) => JsonNode.Parse(SampleEvents.Read(sample))!.AsObject();

    public static byte[] Bytes(JsonNode node) => System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());

    /// <summary>A copy of a sample with the field at a dotted path replaced, or removed when <paramref name="value"/> is null.</summary>
    public static byte[] Edit(string sample, string path, JsonNode? value)
    {
        var root = Node(sample);
        var names = path.Split('.');
        JsonObject parent = root;
        foreach (var name in names[..^1])
        {
            parent = parent[name]!.AsObject();
        }

        if (value is null)
        {
            parent.Remove(names[^1]);
        }
        else
        {
            parent[names[^1]] = value;
        }

        return Bytes(root);
    }
}
