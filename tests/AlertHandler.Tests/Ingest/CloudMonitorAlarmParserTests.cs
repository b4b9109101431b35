using System.Text.Json.Nodes;
using Functions.AlertHandler.Alerts;
using Functions.AlertHandler.Ingest;
using A = Functions.AlertHandler.Ingest.CloudMonitorAnnotations;
using L = Functions.AlertHandler.Alerts.AlertLabels;

namespace Functions.AlertHandler.Tests.Ingest;

[TestClass]
public sealed class CloudMonitorAlarmParserTests
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [TestMethod]
    public void Parse_MetricFiringSample_HasExactLabelsAnnotationsAndTimes()
    {
        var alert = IngestSamples.Single(IngestSamples.MetricFiring);

        Assert.AreEqual(AlertSource.CloudMonitorMetric, alert.Source);
        Assert.AreEqual(AlertStatus.Firing, alert.Status);
        AssertMap(new()
        {
            [L.AlertName] = "web CPU high",
            [L.PolicyId] = "policy-n4exeh88",
            [L.PolicyType] = "cvm_device",
            [L.Metric] = "cpu_usage",
            [L.Namespace] = "qce/cvm",
            [L.Region] = "gz",
            [L.Severity] = "critical",
            ["dim_unInstanceId"] = "ins-o9p3rg3m",
            ["dim_objId"] = "6e9fd3f1-3c67-4d12-9e1a-2b6c4a1d0f11",
            ["dim_objName"] = "web-1",
        }, alert.Labels);
        AssertMap(new()
        {
            [A.Summary] = "CPU utilization > 90% (current 100%)",
            [A.CurrentValue] = "100%",
            [A.Threshold] = "> 90%",
            [A.DurationSeconds] = "500",
            [A.MetricShowName] = "CPU utilization",
            [A.PolicyTypeName] = "CVM - basic monitoring",
            [A.FirstOccurTime] = "2017-03-09T07:00:00+08:00",
            [A.TencentLevel] = "Serious",
        }, alert.Annotations);
        Assert.AreEqual(new DateTimeOffset(2017, 3, 9, 7, 0, 0, Beijing), alert.StartsAt);
        Assert.AreEqual(new DateTimeOffset(2017, 3, 8, 23, 0, 0, TimeSpan.Zero), alert.StartsAt.ToUniversalTime());
        Assert.IsNull(alert.EndsAt);
        Assert.AreEqual("4Xq9cVbT2kLmN7pR_Serious", alert.DeliveryId);
        Assert.MatchesRegex("^[0-9a-f]{32}$", alert.Fingerprint);
    }

    [TestMethod]
    public void Parse_MetricResolvedSample_IsResolvedAndEndsAtRecoverTime()
    {
        var alert = IngestSamples.Single(IngestSamples.MetricResolved);

        Assert.AreEqual(AlertStatus.Resolved, alert.Status);
        Assert.AreEqual(new DateTimeOffset(2017, 3, 9, 7, 50, 0, Beijing), alert.EndsAt);
        Assert.AreEqual("CPU utilization > 90% (current 42%)", alert.Annotations[A.Summary]);
        Assert.AreEqual("3000", alert.Annotations[A.DurationSeconds]);
    }

    [TestMethod]
    public void Parse_FiringAndResolvedOfOneAlarm_ShareFingerprintAndLabels()
    {
        var firing = IngestSamples.Single(IngestSamples.MetricFiring);
        var resolved = IngestSamples.Single(IngestSamples.MetricResolved);

        Assert.AreEqual(firing.Fingerprint, resolved.Fingerprint);
        AssertMap(new(firing.Labels), resolved.Labels);
    }

    [TestMethod]
    public void Parse_EventFiringSample_KeepsScalarDimensionsAndSkipsObjDetail()
    {
        var alert = IngestSamples.Single(IngestSamples.EventFiring);

        Assert.AreEqual(AlertSource.CloudMonitorEvent, alert.Source);
        Assert.AreEqual(AlertStatus.Firing, alert.Status);
        AssertMap(new()
        {
            [L.AlertName] = "teset",
            [L.PolicyId] = "policy-n4exeh88",
            [L.PolicyType] = "cvm_device",
            [L.Event] = "ping_unreachable",
            [L.Region] = "gz",
            [L.Severity] = "warning",
            ["dim_unInstanceId"] = "ins-pftdvqa2",
        }, alert.Labels);
        AssertMap(new()
        {
            [A.Summary] = "ping unreachable on ins-pftdvqa2",
            [A.EventShowName] = "ping unreachable",
            [A.ProductName] = "CVM",
            [A.PolicyTypeName] = "CVM - basic monitoring",
            [A.FirstOccurTime] = "2018-06-15T16:32:06+08:00",
        }, alert.Annotations);
        Assert.AreEqual(new DateTimeOffset(2018, 6, 15, 16, 32, 6, Beijing), alert.StartsAt);
        Assert.IsNull(alert.EndsAt);
        Assert.AreEqual("vuRH4ZlxBJSMNJHvNZhls9HY", alert.DeliveryId);
    }

    [TestMethod]
    public void Parse_NumericTypedSample_ReadsNumbersAsSent()
    {
        var alert = IngestSamples.Single(IngestSamples.MetricNumeric);

        Assert.AreEqual(AlertStatus.Firing, alert.Status);
        AssertMap(new()
        {
            [L.AlertName] = "SCF errors",
            [L.PolicyId] = "policy-scf0err1",
            [L.PolicyType] = "scf_v2",
            [L.Metric] = "Error",
            [L.Namespace] = "qce/scf_v2",
            [L.Region] = "gz",
            [L.Severity] = "warning",
            ["dim_appid"] = "1251316163",
            ["dim_function_name"] = "alert-handler",
            ["dim_namespace"] = "default",
            ["dim_version"] = "$latest",
            ["dim_objId"] = "1251316163#alert-handler#default#$latest",
            ["dim_objName"] = "alert-handler",
        }, alert.Labels);
        Assert.AreEqual("Errors >= 5 (current 12)", alert.Annotations[A.Summary]);
        Assert.AreEqual(">= 5", alert.Annotations[A.Threshold]);
        Assert.AreEqual("12", alert.Annotations[A.CurrentValue]);
        Assert.AreEqual("120", alert.Annotations[A.DurationSeconds]);
        Assert.AreEqual("m3JkQ8sWz1XyP0aB", alert.DeliveryId);
        Assert.IsFalse(alert.Annotations.ContainsKey(A.TencentLevel));
    }

    [TestMethod]
    public void Parse_StringAndNumberTypedFields_GiveTheSameAlert()
    {
        var strings = IngestSamples.Node(IngestSamples.MetricResolved);
        var numbers = IngestSamples.Node(IngestSamples.MetricResolved);
        numbers["alarmStatus"] = 0;
        numbers["durationTime"] = 3000;
        numbers["alarmPolicyInfo"]!["conditions"]!["alarmNotifyPeriod"] = 300;
        numbers["alarmPolicyInfo"]!["conditions"]!["currentValue"] = 42;

        var a = Assert.ContainsSingle(AlertPayloadReader.Read(IngestSamples.Bytes(strings)));
        var b = Assert.ContainsSingle(AlertPayloadReader.Read(IngestSamples.Bytes(numbers)));

        Assert.AreEqual(a.Fingerprint, b.Fingerprint);
        Assert.AreEqual(a.Status, b.Status);
        Assert.AreEqual(a.EndsAt, b.EndsAt);
        AssertMap(new(a.Annotations), b.Annotations);
    }

    [TestMethod]
    public void Parse_ExistingDirectDeliverySamples_Parse()
    {
        var metric = IngestSamples.Single("alarm-metric.json");
        var recovered = IngestSamples.Single("alarm-event-recovered.json");

        Assert.AreEqual(AlertStatus.Firing, metric.Status);
        Assert.AreEqual(AlertStatus.Resolved, recovered.Status);
        Assert.AreEqual(new DateTimeOffset(2018, 6, 15, 16, 42, 6, Beijing), recovered.EndsAt);
    }

    [TestMethod]
    public void Parse_DifferentDimensionValue_GivesDifferentFingerprint()
    {
        var web1 = IngestSamples.Single(IngestSamples.MetricFiring);
        var web2 = Assert.ContainsSingle(AlertPayloadReader.Read(
            IngestSamples.Edit(IngestSamples.MetricFiring, "alarmObjInfo.dimensions.unInstanceId", "ins-aaaaaaaa")));

        Assert.AreNotEqual(web1.Fingerprint, web2.Fingerprint);
    }

    [TestMethod]
    public void Parse_DimensionsInAnotherOrder_GiveTheSameFingerprint()
    {
        var node = IngestSamples.Node(IngestSamples.MetricFiring);
        var dimensions = node["alarmObjInfo"]!["dimensions"]!.AsObject();
        var reversed = new JsonObject();
        foreach (var (name, value) in dimensions.Reverse().ToList())
        {
            reversed[name] = value?.DeepClone();
        }

        node["alarmObjInfo"]!["dimensions"] = reversed;

        Assert.AreEqual(
            IngestSamples.Single(IngestSamples.MetricFiring).Fingerprint,
            Assert.ContainsSingle(AlertPayloadReader.Read(IngestSamples.Bytes(node))).Fingerprint);
    }

    [TestMethod]
    public void Parse_AccountIds_AreNeitherLabelsNorAnnotations()
    {
        var alert = IngestSamples.Single(IngestSamples.MetricFiring);

        Assert.DoesNotContain("1250000000", string.Join(" ", alert.Labels.Values.Concat(alert.Annotations.Values)));
        Assert.DoesNotContain("100000000001", string.Join(" ", alert.Labels.Values.Concat(alert.Annotations.Values)));
    }

    [TestMethod]
    [DataRow("4Xq9cVbT2kLmN7pR_Remind", "info")]
    [DataRow("4Xq9cVbT2kLmN7pR_Warn", "warning")]
    [DataRow("4Xq9cVbT2kLmN7pR_Serious", "critical")]
    [DataRow("4Xq9cVbT2kLmN7pR_Whatever", "warning")]
    [DataRow("4Xq9cVbT2kLmN7pR", "warning")]
    public void Parse_AlertIdLevelSuffix_SetsSeverity(string alertId, string severity)
    {
        var alert = Assert.ContainsSingle(AlertPayloadReader.Read(IngestSamples.Edit(IngestSamples.MetricFiring, "alertId", alertId)));

        Assert.AreEqual(severity, alert.Label(L.Severity));
        Assert.AreEqual(alertId, alert.DeliveryId);
    }

    [TestMethod]
    [DataRow("abc_Remind", null, "Remind")]
    [DataRow("abc_def", null, null)]
    [DataRow("a_b_Serious", "a_b", "Serious")]
    [DataRow("a_b_Serious", null, "Serious")]
    [DataRow(null, "abc", null)]
    public void LevelOf_AlertIdAndSessionId_FindsLevel(string? alertId, string? sessionId, string? level) =>
        Assert.AreEqual(level, CloudMonitorSeverity.LevelOf(alertId, sessionId));

    [TestMethod]
    public void Parse_NoAlertId_DeliveryIdIsSessionId()
    {
        var alert = Assert.ContainsSingle(AlertPayloadReader.Read(IngestSamples.Edit(IngestSamples.MetricFiring, "alertId", null)));

        Assert.AreEqual("4Xq9cVbT2kLmN7pR", alert.DeliveryId);
        Assert.AreEqual("warning", alert.Label(L.Severity));
    }

    [TestMethod]
    public void Parse_ResolvedWithRecoverTimeZero_EndsAfterDuration()
    {
        var alert = Assert.ContainsSingle(AlertPayloadReader.Read(IngestSamples.Edit(IngestSamples.MetricResolved, "recoverTime", "0")));

        Assert.AreEqual(new DateTimeOffset(2017, 3, 9, 7, 50, 0, Beijing), alert.EndsAt);
    }

    [TestMethod]
    public void Parse_ResolvedWithRecoverTimeInSeconds_EndsThatLongAfterFirstOccurrence()
    {
        var alert = Assert.ContainsSingle(AlertPayloadReader.Read(IngestSamples.Edit(IngestSamples.MetricResolved, "recoverTime", 600)));

        Assert.AreEqual(new DateTimeOffset(2017, 3, 9, 7, 10, 0, Beijing), alert.EndsAt);
    }

    [TestMethod]
    public void Parse_NoAlarmType_InfersEventFromConditions()
    {
        var alert = Assert.ContainsSingle(AlertPayloadReader.Read(IngestSamples.Edit(IngestSamples.EventFiring, "alarmType", null)));

        Assert.AreEqual(AlertSource.CloudMonitorEvent, alert.Source);
    }

    [TestMethod]
    public void Parse_SameLabelsFromMetricAndEventSources_DifferInFingerprint()
    {
        var labels = new Dictionary<string, string> { ["alertname"] = "x" };

        Assert.AreNotEqual(
            AlertFingerprint.Compute(AlertSource.CloudMonitorMetric, labels),
            AlertFingerprint.Compute(AlertSource.CloudMonitorEvent, labels));
    }

    private static void AssertMap(Dictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        var expectedText = string.Join("\n", expected.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        var actualText = string.Join("\n", actual.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        Assert.AreEqual(expectedText, actualText);
    }
}
