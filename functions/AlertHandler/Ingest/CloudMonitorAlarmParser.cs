using System.Text.Json;
using Functions.AlertHandler.Alerts;

namespace Functions.AlertHandler.Ingest;

/// <summary>
/// Reads a Cloud Monitor (TCOP) alarm callback — a metric or an event alarm — into one <see cref="Alert"/>. Accepts
/// both type variants the docs show: <c>alarmStatus</c>, <c>durationTime</c> and <c>alarmNotifyPeriod</c> as numbers
/// or strings, <c>recoverTime</c> as <c>0</c>/<c>"0"</c> or a time. Unknown fields are ignored.
/// </summary>
internal static partial class CloudMonitorAlarmParser
{
    public const string Format = "Cloud Monitor alarm";

    /// <summary>Parses one alarm body.</summary>
    /// <param name="root">The body's root object.</param>
    /// <returns>The one alert it describes.</returns>
    /// <exception cref="AlertPayloadException">A required field is missing or a field has the wrong type or format.</exception>
    public static IReadOnlyList<Alert> Parse(JsonElement root)
    {
        var body = new PayloadObject(root, "", Format);
        var status = ReadStatus(body);
        var objectInfo = body.RequiredObject("alarmObjInfo");
        var policy = body.RequiredObject("alarmPolicyInfo");
        var conditions = policy.OptionalObject("conditions") ?? throw policy.Fail("conditions", "is missing (expected an object)");
        var source = ReadSource(body, conditions);

        var sessionId = body.OptionalText("sessionId");
        var alertId = body.OptionalText("alertId");
        var level = CloudMonitorSeverity.LevelOf(alertId, sessionId);

        var startsAt = ReadTime(body, "firstOccurTime");
        var durationSeconds = body.OptionalInteger("durationTime");
        var endsAt = status == AlertStatus.Resolved ? ReadEnd(body, startsAt, durationSeconds) : null;

        var labels = Labels(source, policy, conditions, objectInfo, CloudMonitorSeverity.FromLevel(level));
        var annotations = Annotations(source, policy, conditions, objectInfo, startsAt, durationSeconds, level);
        var deliveryId = string.IsNullOrEmpty(alertId) ? NullIfEmpty(sessionId) : alertId;

        return [new Alert(AlertFingerprint.Compute(source, labels), source, status, labels, annotations, startsAt, endsAt, deliveryId)];
    }

    private static AlertStatus ReadStatus(PayloadObject body) => body.OptionalInteger("alarmStatus") switch
    {
        1 => AlertStatus.Firing,
        0 => AlertStatus.Resolved,
        null => throw body.Fail("alarmStatus", "is missing (expected 1 for alarming or 0 for recovered)"),
        var other => throw body.Fail("alarmStatus", $"must be 1 (alarming) or 0 (recovered), not {other}"),
    };

    // alarmType is in every documented body; when it is not, the conditions still tell a metric from an event.
    private static AlertSource ReadSource(PayloadObject body, PayloadObject conditions)
    {
        var type = body.OptionalString("alarmType");
        if (type is null)
        {
            return conditions.Has("eventName") && !conditions.Has("metricName")
                ? AlertSource.CloudMonitorEvent
                : AlertSource.CloudMonitorMetric;
        }

        return type.Trim().ToUpperInvariant() switch
        {
            "METRIC" => AlertSource.CloudMonitorMetric,
            "EVENT" => AlertSource.CloudMonitorEvent,
            _ => throw body.Fail("alarmType", "must be \"metric\" or \"event\""),
        };
    }

    private static DateTimeOffset ReadTime(PayloadObject body, string name)
    {
        var text = body.RequiredString(name);
        return CloudMonitorTime.TryParse(text, out var time)
            ? time
            : throw body.Fail(name, $"must be a \"{CloudMonitorTime.Pattern}\" time (Beijing time, UTC+8)");
    }

    /// <summary>
    /// When a recovered alarm ended: recoverTime as a time; the 2021 doc's recoverTime in seconds after the first
    /// occurrence; or, when recoverTime is 0 or absent, first occurrence plus durationTime. Null when none is known.
    /// </summary>
    private static DateTimeOffset? ReadEnd(PayloadObject body, DateTimeOffset startsAt, long? durationSeconds)
    {
        var recover = body.OptionalText("recoverTime")?.Trim();
        if (CloudMonitorTime.TryParse(recover, out var recovered))
        {
            return recovered;
        }

        if (!string.IsNullOrEmpty(recover) && recover != "0")
        {
            return long.TryParse(recover, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                ? startsAt.AddSeconds(seconds)
                : throw body.Fail("recoverTime", $"must be 0, a \"{CloudMonitorTime.Pattern}\" time (Beijing time, UTC+8) or a number of seconds");
        }

        return durationSeconds is > 0 ? startsAt.AddSeconds(durationSeconds.Value) : null;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
