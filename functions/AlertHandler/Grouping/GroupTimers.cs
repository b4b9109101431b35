namespace Functions.AlertHandler.Grouping;

/// <summary>A route's grouping timers, with Alertmanager's defaults.</summary>
/// <param name="GroupWait">Wait before the first notification of a new group, so alerts firing together are sent together.</param>
/// <param name="GroupInterval">After the first notification, how often the group is checked for changes.</param>
/// <param name="RepeatInterval">Re-send an unchanged firing group this long after the last notification (checked on group_interval ticks).</param>
internal sealed record GroupTimers(TimeSpan GroupWait, TimeSpan GroupInterval, TimeSpan RepeatInterval)
{
    /// <summary>group_wait 30s, group_interval 5m, repeat_interval 4h.</summary>
    public static readonly GroupTimers Default = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromHours(4));
}
