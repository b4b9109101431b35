using System.Globalization;
using System.Text.Json;
using Functions.AlertHandler.Alerts;

namespace Functions.AlertHandler.Ingest;

internal static partial class CloudMonitorAlarmParser
{
    // Identity only: what the alarm is about. Account ids (appId, uin) are left out — they identify the sender,
    // not the alarm — and so are values and times, which change between deliveries of the same alarm.
    private static Dictionary<string, string> Labels(
        AlertSource source, PayloadObject policy, PayloadObject conditions, PayloadObject objectInfo, string severity)
    {
        var policyId = policy.OptionalText("policyId") is { Length: > 0 } id ? id : throw policy.Fail("policyId", "is missing (expected a string)");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [AlertLabels.AlertName] = policy.OptionalString("policyName") is { Length: > 0 } name ? name : policyId,
            [AlertLabels.PolicyId] = policyId,
            [AlertLabels.Severity] = severity,
        };

        Add(labels, AlertLabels.PolicyType, policy.OptionalString("policyType"));
        if (source == AlertSource.CloudMonitorEvent)
        {
            Add(labels, AlertLabels.Event, conditions.OptionalString("eventName") ?? throw conditions.Fail("eventName", "is missing (expected a string)"));
        }
        else
        {
            Add(labels, AlertLabels.Metric, conditions.OptionalString("metricName") ?? throw conditions.Fail("metricName", "is missing (expected a string)"));
        }

        Add(labels, AlertLabels.Namespace, objectInfo.OptionalString("namespace"));
        Add(labels, AlertLabels.Region, objectInfo.OptionalString("region"));
        if (objectInfo.OptionalObject("dimensions") is { } dimensions)
        {
            foreach (var dimension in dimensions.Json.EnumerateObject())
            {
                // Nested objects (objDetail: IPs, VPC) describe the object rather than name it, and have no one string value.
                Add(labels, AlertLabels.DimensionPrefix + dimension.Name, Scalar(dimension.Value));
            }
        }

        return labels;
    }

    private static Dictionary<string, string> Annotations(
        AlertSource source, PayloadObject policy, PayloadObject conditions, PayloadObject objectInfo,
        DateTimeOffset startsAt, long? durationSeconds, string? level)
    {
        var unit = conditions.OptionalText("unit") ?? conditions.OptionalText("calcUnit") ?? "";
        var current = conditions.OptionalText("currentValue") is { Length: > 0 } value ? value + unit : null;
        var calcType = conditions.OptionalText("calcType");
        var calcValue = conditions.OptionalText("calcValue");
        var threshold = string.IsNullOrEmpty(calcType) || string.IsNullOrEmpty(calcValue)
            ? null
            : $"{calcType} {calcValue}{conditions.OptionalText("calcUnit")}";

        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (source == AlertSource.CloudMonitorEvent)
        {
            var eventShowName = conditions.OptionalString("eventShowName") ?? conditions.OptionalString("eventName");
            var target = ObjectName(objectInfo);
            Add(annotations, CloudMonitorAnnotations.Summary, target is null ? eventShowName : $"{eventShowName} on {target}");
            Add(annotations, CloudMonitorAnnotations.EventShowName, conditions.OptionalString("eventShowName"));
            Add(annotations, CloudMonitorAnnotations.ProductName, conditions.OptionalString("productShowName") ?? conditions.OptionalString("productName"));
        }
        else
        {
            var metricShowName = conditions.OptionalString("metricShowName") ?? conditions.OptionalString("metricName");
            var summary = metricShowName + (threshold is null ? "" : " " + threshold) + (current is null ? "" : $" (current {current})");
            Add(annotations, CloudMonitorAnnotations.Summary, summary);
            Add(annotations, CloudMonitorAnnotations.MetricShowName, conditions.OptionalString("metricShowName"));
        }

        Add(annotations, CloudMonitorAnnotations.CurrentValue, current);
        Add(annotations, CloudMonitorAnnotations.Threshold, threshold);
        Add(annotations, CloudMonitorAnnotations.DurationSeconds, durationSeconds?.ToString(CultureInfo.InvariantCulture));
        Add(annotations, CloudMonitorAnnotations.PolicyTypeName, policy.OptionalString("policyTypeCName"));
        Add(annotations, CloudMonitorAnnotations.FirstOccurTime, CloudMonitorTime.Format(startsAt));
        Add(annotations, CloudMonitorAnnotations.TencentLevel, level);
        return annotations;
    }

    private static string? ObjectName(PayloadObject objectInfo)
    {
        if (objectInfo.OptionalObject("dimensions") is not { } dimensions)
        {
            return null;
        }

        foreach (var name in (ReadOnlySpan<string>)["objName", "unInstanceId", "objId"])
        {
            if (dimensions.Json.TryGetProperty(name, out var value) && Scalar(value) is { Length: > 0 } text)
            {
                return text;
            }
        }

        return null;
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    // An empty value is no value: Alertmanager treats a missing label and an empty one alike.
    private static void Add(Dictionary<string, string> map, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            map[name] = value;
        }
    }
}
