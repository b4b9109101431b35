namespace Functions.AlertHandler.Alerts;

/// <summary>
/// The label names a Cloud Monitor alarm is normalised to, so routes match policy, metric, object dimensions and
/// severity the same way they match an Alertmanager alert's labels.
/// </summary>
public static class AlertLabels
{
    /// <summary>The alert's name: the policy name for Cloud Monitor, Alertmanager's own <c>alertname</c>.</summary>
    public const string AlertName = "alertname";

    /// <summary>The Cloud Monitor policy id (<c>alarmPolicyInfo.policyId</c>).</summary>
    public const string PolicyId = "policy_id";

    /// <summary>The Cloud Monitor policy type (<c>alarmPolicyInfo.policyType</c>).</summary>
    public const string PolicyType = "policy_type";

    /// <summary>The metric name of a metric alarm (<c>conditions.metricName</c>).</summary>
    public const string Metric = "metric";

    /// <summary>The event name of an event alarm (<c>conditions.eventName</c>).</summary>
    public const string Event = "event";

    /// <summary>The monitoring namespace (<c>alarmObjInfo.namespace</c>).</summary>
    public const string Namespace = "namespace";

    /// <summary>The region (<c>alarmObjInfo.region</c>).</summary>
    public const string Region = "region";

    /// <summary>The severity: critical, warning or info.</summary>
    public const string Severity = "severity";

    /// <summary>The prefix of object dimensions: <c>dim_unInstanceId</c>, <c>dim_function_name</c>…</summary>
    public const string DimensionPrefix = "dim_";
}
