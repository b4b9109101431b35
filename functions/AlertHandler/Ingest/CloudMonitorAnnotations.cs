namespace Functions.AlertHandler.Ingest;

/// <summary>
/// The annotation names a Cloud Monitor alarm gets (its labels are in <see cref="Alerts.AlertLabels"/>). Each is
/// present only when the body carries the value.
/// </summary>
internal static class CloudMonitorAnnotations
{
    /// <summary>One line: "CPU utilization &gt; 90% (current 100%)", "ping unreachable on ins-pftdvqa2".</summary>
    public const string Summary = "summary";

    /// <summary>conditions.currentValue with its unit ("100%").</summary>
    public const string CurrentValue = "current_value";

    /// <summary>calcType, calcValue and calcUnit ("&gt; 90%").</summary>
    public const string Threshold = "threshold";

    /// <summary>durationTime: seconds from the first occurrence to this push.</summary>
    public const string DurationSeconds = "duration_seconds";

    /// <summary>conditions.metricShowName ("CPU utilization").</summary>
    public const string MetricShowName = "metric_show_name";

    /// <summary>conditions.eventShowName ("ping unreachable").</summary>
    public const string EventShowName = "event_show_name";

    /// <summary>conditions.productShowName, else productName, of an event alarm ("CVM").</summary>
    public const string ProductName = "product_name";

    /// <summary>alarmPolicyInfo.policyTypeCName ("CVM - basic monitoring").</summary>
    public const string PolicyTypeName = "policy_type_name";

    /// <summary>firstOccurTime as ISO 8601 with its +08:00 offset.</summary>
    public const string FirstOccurTime = "first_occur_time";

    /// <summary>The tiered policy's level as sent in alertId's suffix ("Serious"), which severity was derived from.</summary>
    public const string TencentLevel = "tencent_level";
}
