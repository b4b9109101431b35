using System.Text;
using System.Text.Json.Nodes;
using Functions.AlertHandler.Alerts;
using Functions.AlertHandler.Ingest;
using Functions.Scf.Errors;
using Functions.Scf.Events;
using Functions.TestSupport;

namespace Functions.AlertHandler.Tests.Ingest;

[TestClass]
public sealed class AlertPayloadReaderTests
{
    private readonly EventClassifier _classifier = new(1024 * 1024);

    [TestMethod]
    public void Read_FunctionUrlCallbackSample_ReadsTheBody()
    {
        var request = (HttpRequestEvent)_classifier.Classify(SampleEvents.Read(IngestSamples.HttpCallback));

        var alert = Assert.ContainsSingle(AlertPayloadReader.Read(request));

        Assert.AreEqual(IngestSamples.Single(IngestSamples.MetricFiring).Fingerprint, alert.Fingerprint);
    }

    [TestMethod]
    public void Read_Base64Body_IsDecoded()
    {
        var request = Http(Convert.ToBase64String(SampleEvents.Read(IngestSamples.EventFiring)), base64: true);

        Assert.AreEqual(AlertSource.CloudMonitorEvent, Assert.ContainsSingle(AlertPayloadReader.Read(request)).Source);
    }

    [TestMethod]
    public void Read_BadBase64_IsAPayloadError()
    {
        var error = Assert.ThrowsExactly<AlertPayloadException>(() => AlertPayloadReader.Read(Http("not base64!", base64: true)));

        Assert.Contains("Base64", error.Message);
    }

    [TestMethod]
    public void Read_DirectDeliveryElement_Parses()
    {
        var alarm = (AlarmEvent)_classifier.Classify(SampleEvents.Read(IngestSamples.MetricNumeric));

        Assert.AreEqual(AlertSource.CloudMonitorMetric, Assert.ContainsSingle(AlertPayloadReader.Read(alarm.Json)).Source);
    }

    [TestMethod]
    public void Read_BodyAtTheLimit_IsAccepted()
    {
        var json = SampleEvents.Read(IngestSamples.MetricFiring);
        var padded = json.Concat(Enumerable.Repeat((byte)' ', AlertPayloadReader.MaxBodyBytes - json.Length)).ToArray();

        Assert.ContainsSingle(AlertPayloadReader.Read(padded));
    }

    [TestMethod]
    public void Read_BodyOverTheLimit_IsTooLargeWith413()
    {
        var body = new byte[AlertPayloadReader.MaxBodyBytes + 1];

        var error = Assert.ThrowsExactly<AlertPayloadTooLargeException>(() => AlertPayloadReader.Read(body));

        Assert.AreEqual(413, AlertPayloadTooLargeException.HttpStatusCode);
        Assert.AreEqual(ErrorTypes.EventTooLarge, error.ErrorType);
        Assert.AreEqual(AlertPayloadReader.MaxBodyBytes + 1, error.Length);
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void Read_HttpBodyOverTheLimit_IsTooLarge(bool base64)
    {
        var text = new string(' ', AlertPayloadReader.MaxBodyBytes + 3);
        var request = Http(base64 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) : text, base64);

        Assert.ThrowsExactly<AlertPayloadTooLargeException>(() => AlertPayloadReader.Read(request));
    }

    [TestMethod]
    [DataRow("", "empty")]
    [DataRow("  \n", "empty")]
    [DataRow("{\"alarmStatus\":", "not valid JSON")]
    [DataRow("[1,2]", "must be a JSON object, not an array")]
    [DataRow("\"x\"", "must be a JSON object, not a string")]
    [DataRow("{\"hello\":\"secret-value\"}", "Unrecognised alert body with fields [hello]")]
    public void Read_NotAnAlertBody_SaysWhatWasExpected(string body, string expected)
    {
        var error = Assert.ThrowsExactly<AlertPayloadException>(() => AlertPayloadReader.Read(Encoding.UTF8.GetBytes(body)));

        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain("secret-value", error.Message);
        Assert.AreEqual(400, AlertPayloadException.HttpStatusCode);
        Assert.AreEqual(ErrorTypes.InvalidEvent, error.ErrorType);
    }

    [TestMethod]
    [DataRow("alarmPolicyInfo.policyId", null, "alarmPolicyInfo.policyId is missing")]
    [DataRow("alarmPolicyInfo.policyId", "\"\"", "alarmPolicyInfo.policyId is missing")]
    [DataRow("alarmPolicyInfo.policyId", "[]", "alarmPolicyInfo.policyId must be a string or a number, not an array")]
    [DataRow("alarmPolicyInfo", null, "alarmPolicyInfo is missing")]
    [DataRow("alarmPolicyInfo", "\"x\"", "alarmPolicyInfo must be an object, not a string")]
    [DataRow("alarmPolicyInfo.conditions", null, "alarmPolicyInfo.conditions is missing")]
    [DataRow("alarmPolicyInfo.conditions.metricName", null, "alarmPolicyInfo.conditions.metricName is missing")]
    [DataRow("alarmPolicyInfo.conditions.metricName", "5", "alarmPolicyInfo.conditions.metricName must be a string, not a number")]
    [DataRow("alarmPolicyInfo.policyName", "true", "alarmPolicyInfo.policyName must be a string, not a boolean")]
    [DataRow("alarmStatus", null, "alarmStatus is missing")]
    [DataRow("alarmStatus", "\"2\"", "alarmStatus must be 1 (alarming) or 0 (recovered), not 2")]
    [DataRow("alarmStatus", "true", "alarmStatus must be an integer")]
    [DataRow("alarmStatus", "\"yes\"", "alarmStatus must be an integer")]
    [DataRow("alarmType", "\"log\"", "alarmType must be \"metric\" or \"event\"")]
    [DataRow("alarmObjInfo", null, "alarmObjInfo is missing")]
    [DataRow("alarmObjInfo.dimensions", "[]", "alarmObjInfo.dimensions must be an object, not an array")]
    [DataRow("alarmObjInfo.region", "{}", "alarmObjInfo.region must be a string, not an object")]
    [DataRow("firstOccurTime", null, "firstOccurTime is missing")]
    [DataRow("firstOccurTime", "123", "firstOccurTime must be a string, not a number")]
    [DataRow("firstOccurTime", "\"2017-03-09T07:00:00Z\"", "firstOccurTime must be a \"yyyy-MM-dd HH:mm:ss\" time")]
    [DataRow("durationTime", "\"long\"", "durationTime must be an integer")]
    [DataRow("sessionId", "{}", "sessionId must be a string or a number, not an object")]
    public void Read_BadCloudMonitorField_NamesTheField(string path, string? json, string expected)
    {
        var value = json is null ? null : JsonNode.Parse(json);

        var error = Assert.ThrowsExactly<AlertPayloadException>(() => AlertPayloadReader.Read(IngestSamples.Edit(IngestSamples.MetricFiring, path, value)));

        Assert.StartsWith("Cloud Monitor alarm: ", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [TestMethod]
    public void Read_EventWithoutEventName_NamesTheField()
    {
        var body = IngestSamples.Edit(IngestSamples.EventFiring, "alarmPolicyInfo.conditions.eventName", null);

        var error = Assert.ThrowsExactly<AlertPayloadException>(() => AlertPayloadReader.Read(body));

        Assert.Contains("alarmPolicyInfo.conditions.eventName is missing", error.Message);
    }

    [TestMethod]
    public void Read_ResolvedWithUnreadableRecoverTime_NamesTheField()
    {
        var body = IngestSamples.Edit(IngestSamples.MetricResolved, "recoverTime", "soon");

        var error = Assert.ThrowsExactly<AlertPayloadException>(() => AlertPayloadReader.Read(body));

        Assert.Contains("recoverTime must be 0, a \"yyyy-MM-dd HH:mm:ss\" time", error.Message);
    }

    [TestMethod]
    public void Read_UnknownExtraFields_AreIgnored()
    {
        var node = IngestSamples.Node(IngestSamples.MetricFiring);
        node["somethingNew"] = new JsonObject { ["nested"] = new JsonArray(1, 2) };
        node["alarmPolicyInfo"]!["conditions"]!["newCondition"] = true;

        Assert.AreEqual(
            IngestSamples.Single(IngestSamples.MetricFiring).Fingerprint,
            Assert.ContainsSingle(AlertPayloadReader.Read(IngestSamples.Bytes(node))).Fingerprint);
    }

    private static HttpRequestEvent Http(string body, bool base64) => new(
        default, "POST", "/", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase),
        new Dictionary<string, IReadOnlyList<string>>(), body, base64);
}
