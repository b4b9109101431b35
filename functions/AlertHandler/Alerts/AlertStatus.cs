namespace Functions.AlertHandler.Alerts;

/// <summary>An alert's state in one delivery.</summary>
public enum AlertStatus
{
    /// <summary>Alarming (Cloud Monitor alarmStatus 1, Alertmanager "firing").</summary>
    Firing,

    /// <summary>Recovered (Cloud Monitor alarmStatus 0, Alertmanager "resolved").</summary>
    Resolved,
}
