using Functions.AlertHandler.Alerts;

namespace Functions.AlertHandler.Tests.Routing;

/// <summary>Alerts for tests: labels as name=value pairs.</summary>
internal static class TestAlerts
{
    public static readonly DateTimeOffset Epoch = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);

    public static Alert Firing(string fingerprint, params string[] labels) => Make(fingerprint, AlertStatus.Firing, Epoch, labels);

    public static Alert Resolved(string fingerprint, params string[] labels) => Make(fingerprint, AlertStatus.Resolved, Epoch, labels);

    public static Alert Make(string fingerprint, AlertStatus status, DateTimeOffset startsAt, params string[] labels) => new(
        fingerprint,
        AlertSource.Alertmanager,
        status,
        labels.Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal),
        new Dictionary<string, string>(),
        startsAt,
        status == AlertStatus.Resolved ? startsAt.AddMinutes(1) : null,
        null);
}
