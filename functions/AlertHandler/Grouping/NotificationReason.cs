namespace Functions.AlertHandler.Grouping;

/// <summary>Why a group is notified.</summary>
internal enum NotificationReason
{
    /// <summary>The group's first notification, group_wait after it opened.</summary>
    New,

    /// <summary>Alerts started firing, or (with send_resolved) resolved, since the last notification.</summary>
    Changed,

    /// <summary>Nothing changed, but repeat_interval has passed since the last notification.</summary>
    Repeat,
}
