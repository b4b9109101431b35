using System.Globalization;
using System.Text.Json;
using Functions.AlertHandler.Alerts;

namespace Functions.AlertHandler.Ingest;

/// <summary>
/// Reads a Prometheus Alertmanager webhook body (version "4") into one <see cref="Alert"/> per entry of
/// <c>alerts</c>. Labels and annotations are kept as sent. Alertmanager's own fingerprint is kept, prefixed
/// <see cref="FingerprintPrefix"/> so it cannot collide with one computed here; when absent, one is computed from
/// the labels. Group fields (groupKey, commonLabels…) are ignored: grouping is done again on this side.
/// </summary>
internal static class AlertmanagerWebhookParser
{
    public const string Format = "Alertmanager webhook";
    public const string SupportedVersion = "4";
    public const string FingerprintPrefix = "am:";

    /// <summary>Parses one webhook body.</summary>
    /// <param name="root">The body's root object.</param>
    /// <returns>Its alerts, in order (none for an empty <c>alerts</c> array).</returns>
    /// <exception cref="AlertPayloadException">Another version, or a missing or mistyped field.</exception>
    public static IReadOnlyList<Alert> Parse(JsonElement root)
    {
        var body = new PayloadObject(root, "", Format);
        var version = body.RequiredString("version");
        if (version != SupportedVersion)
        {
            throw body.Fail("version", $"must be \"{SupportedVersion}\", the only webhook version this function reads");
        }

        var alerts = body.RequiredArray("alerts");
        var result = new List<Alert>(alerts.GetArrayLength());
        var index = 0;
        foreach (var element in alerts.EnumerateArray())
        {
            var name = $"alerts[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw body.Fail(name, $"must be an object, not {PayloadObject.Describe(element)}");
            }

            result.Add(ReadAlert(new PayloadObject(element, name, Format)));
        }

        return result;
    }

    private static Alert ReadAlert(PayloadObject alert)
    {
        var status = alert.RequiredString("status") switch
        {
            "firing" => AlertStatus.Firing,
            "resolved" => AlertStatus.Resolved,
            _ => throw alert.Fail("status", "must be \"firing\" or \"resolved\""),
        };

        var labels = alert.OptionalStringMap("labels") ?? throw alert.Fail("labels", "is missing (expected an object)");
        var annotations = alert.OptionalStringMap("annotations") ?? new Dictionary<string, string>(StringComparer.Ordinal);
        // The expression's graph in Prometheus: the link a notification offers, unless the rule gave its own.
        if (alert.OptionalString("generatorURL") is { Length: > 0 } generator)
        {
            annotations.TryAdd("link", generator);
        }

        var startsAt = ReadTime(alert, "startsAt") ?? throw alert.Fail("startsAt", "is missing (expected an RFC 3339 time)");

        // A firing alert's endsAt is Alertmanager's resolve timeout or Go's zero time, not an end.
        var endsAt = status == AlertStatus.Resolved ? ReadTime(alert, "endsAt") : null;
        var fingerprint = alert.OptionalString("fingerprint") is { Length: > 0 } sent
            ? FingerprintPrefix + sent
            : AlertFingerprint.Compute(AlertSource.Alertmanager, labels);

        return new Alert(fingerprint, AlertSource.Alertmanager, status, labels, annotations, startsAt, endsAt, DeliveryId: null);
    }

    /// <summary>An RFC 3339 time; Go's zero time (0001-01-01T00:00:00Z) means none.</summary>
    private static DateTimeOffset? ReadTime(PayloadObject alert, string name)
    {
        if (alert.OptionalString(name) is not { } text)
        {
            return null;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) || !text.Contains('T', StringComparison.Ordinal))
        {
            throw alert.Fail(name, "must be an RFC 3339 time (2024-01-01T00:00:00Z)");
        }

        return time.Year <= 1 ? null : time;
    }
}
