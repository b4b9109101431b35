using System.Text;
using Functions.AlertHandler.Alerts;
using Functions.AlertHandler.Ingest;
using Functions.TestSupport;

namespace Functions.AlertHandler.Tests.Ingest;

[TestClass]
public sealed class AlertmanagerWebhookParserTests
{
    [TestMethod]
    public void Parse_Sample_ReadsEveryAlert()
    {
        var alerts = AlertPayloadReader.Read(SampleEvents.Read(IngestSamples.Alertmanager));

        Assert.HasCount(2, alerts);
        var firing = alerts[0];
        Assert.AreEqual(AlertSource.Alertmanager, firing.Source);
        Assert.AreEqual(AlertStatus.Firing, firing.Status);
        Assert.AreEqual("am:3c8f1e2d4b5a6978", firing.Fingerprint);
        Assert.AreEqual("10.0.0.11:8080", firing.Label("instance"));
        Assert.AreEqual("critical", firing.Label(AlertLabels.Severity));
        Assert.HasCount(4, firing.Labels);
        Assert.AreEqual("5xx rate 12% on 10.0.0.11:8080", firing.Annotations["summary"]);
        Assert.AreEqual(new DateTimeOffset(2025, 9, 2, 2, 15, 30, TimeSpan.Zero).AddTicks(1234568), firing.StartsAt);
        Assert.IsNull(firing.EndsAt);
        Assert.IsNull(firing.DeliveryId);

        var resolved = alerts[1];
        Assert.AreEqual(AlertStatus.Resolved, resolved.Status);
        Assert.AreEqual(AlertFingerprint.Compute(AlertSource.Alertmanager, resolved.Labels), resolved.Fingerprint);
        Assert.AreEqual(new DateTimeOffset(2025, 9, 2, 2, 10, 0, TimeSpan.Zero), resolved.StartsAt);
        Assert.AreEqual(new DateTimeOffset(2025, 9, 2, 2, 20, 0, TimeSpan.Zero), resolved.EndsAt);
    }

    [TestMethod]
    public void Parse_NoFingerprint_LabelOrderDoesNotMatter()
    {
        var a = Read("""{"version":"4","alerts":[{"status":"firing","labels":{"alertname":"X","job":"api"},"startsAt":"2025-01-01T00:00:00Z"}]}""");
        var b = Read("""{"version":"4","alerts":[{"status":"resolved","labels":{"job":"api","alertname":"X"},"startsAt":"2025-01-01T00:00:00Z","endsAt":"2025-01-01T00:05:00Z"}]}""");

        Assert.AreEqual(a[0].Fingerprint, b[0].Fingerprint);
        Assert.MatchesRegex("^[0-9a-f]{32}$", a[0].Fingerprint);
    }

    [TestMethod]
    public void Parse_NoFingerprint_DifferentLabelsDiffer()
    {
        var a = Read("""{"version":"4","alerts":[{"status":"firing","labels":{"alertname":"X","instance":"a"},"startsAt":"2025-01-01T00:00:00Z"}]}""");
        var b = Read("""{"version":"4","alerts":[{"status":"firing","labels":{"alertname":"X","instance":"b"},"startsAt":"2025-01-01T00:00:00Z"}]}""");

        Assert.AreNotEqual(a[0].Fingerprint, b[0].Fingerprint);
    }

    [TestMethod]
    public void Parse_EmptyAlerts_GivesNoAlerts() =>
        Assert.IsEmpty(Read("""{"version":"4","status":"resolved","alerts":[]}"""));

    [TestMethod]
    [DataRow("""{"version":"3","alerts":[]}""", "version must be \"4\"")]
    [DataRow("""{"version":4,"alerts":[]}""", "version must be a string, not a number")]
    [DataRow("""{"alerts":[]}""", "version is missing")]
    [DataRow("""{"version":"4"}""", "alerts is missing")]
    [DataRow("""{"version":"4","alerts":{}}""", "alerts must be an array, not an object")]
    [DataRow("""{"version":"4","alerts":[1]}""", "alerts[0] must be an object, not a number")]
    [DataRow("""{"version":"4","alerts":[{"labels":{},"startsAt":"2025-01-01T00:00:00Z"}]}""", "alerts[0].status is missing")]
    [DataRow("""{"version":"4","alerts":[{"status":"pending","labels":{},"startsAt":"2025-01-01T00:00:00Z"}]}""", "alerts[0].status must be \"firing\" or \"resolved\"")]
    [DataRow("""{"version":"4","alerts":[{"status":"firing","startsAt":"2025-01-01T00:00:00Z"}]}""", "alerts[0].labels is missing")]
    [DataRow("""{"version":"4","alerts":[{"status":"firing","labels":{"instance":5},"startsAt":"2025-01-01T00:00:00Z"}]}""", "alerts[0].labels.instance must be a string, not a number")]
    [DataRow("""{"version":"4","alerts":[{"status":"firing","labels":{},"annotations":[],"startsAt":"2025-01-01T00:00:00Z"}]}""", "alerts[0].annotations must be an object, not an array")]
    [DataRow("""{"version":"4","alerts":[{"status":"firing","labels":{}}]}""", "alerts[0].startsAt is missing")]
    [DataRow("""{"version":"4","alerts":[{"status":"firing","labels":{},"startsAt":"yesterday"}]}""", "alerts[0].startsAt must be an RFC 3339 time")]
    [DataRow("""{"version":"4","alerts":[{"status":"resolved","labels":{},"startsAt":"2025-01-01T00:00:00Z","endsAt":"soon"}]}""", "alerts[0].endsAt must be an RFC 3339 time")]
    public void Parse_BadBody_NamesTheField(string json, string expected)
    {
        var error = Assert.ThrowsExactly<AlertPayloadException>(() => Read(json));

        Assert.StartsWith("Alertmanager webhook: ", error.Message);
        Assert.Contains(expected, error.Message);
    }

    private static IReadOnlyList<Alert> Read(string json) => AlertPayloadReader.Read(Encoding.UTF8.GetBytes(json));
}
