namespace Functions.AlertHandler.Alerts;

/// <summary>Who sent an alert.</summary>
public enum AlertSource
{
    /// <summary>A Tencent Cloud Monitor metric alarm callback.</summary>
    CloudMonitorMetric,

    /// <summary>A Tencent Cloud Monitor event alarm callback.</summary>
    CloudMonitorEvent,

    /// <summary>An alert from a Prometheus Alertmanager webhook (version 4).</summary>
    Alertmanager,
}
