using Functions.AlertHandler.Alerts;

namespace Functions.AlertHandler.Grouping;

/// <summary>An alert held in a group: its latest state and when its status last changed.</summary>
/// <param name="Alert">The latest delivery of the alert.</param>
/// <param name="ChangedAt">When it joined the group or last changed between firing and resolved.</param>
internal sealed record GroupedAlert(Alert Alert, DateTimeOffset ChangedAt)
{
    /// <summary>The alert's fingerprint.</summary>
    public string Fingerprint => Alert.Fingerprint;

    /// <summary>Firing or resolved.</summary>
    public AlertStatus Status => Alert.Status;
}
