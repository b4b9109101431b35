using Functions.AlertHandler.Alerts;
using Functions.AlertHandler.Routing;

namespace Functions.AlertHandler.Grouping;

/// <summary>
/// One aggregation group, as persisted between invocations: its alerts and what was last notified to its receiver (the
/// notification-log entry of Alertmanager). Immutable: every change returns a new state.
/// </summary>
/// <param name="Key">The group key.</param>
/// <param name="Receiver">The receiver notified.</param>
/// <param name="Alerts">The alerts in the group, sorted by fingerprint.</param>
/// <param name="FirstSeenAt">When the group opened.</param>
/// <param name="LastFlushAt">When the group was last evaluated for a notification (sent or not); null before the first.</param>
/// <param name="NotifiedFiring">Fingerprints notified as firing the last time, sorted.</param>
/// <param name="NotifiedResolved">Fingerprints notified as resolved the last time, sorted.</param>
/// <param name="LastNotifiedAt">When the last notification was sent; null when none was.</param>
internal sealed record GroupState(
    GroupKey Key,
    string Receiver,
    IReadOnlyList<GroupedAlert> Alerts,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset? LastFlushAt,
    IReadOnlyList<string> NotifiedFiring,
    IReadOnlyList<string> NotifiedResolved,
    DateTimeOffset? LastNotifiedAt)
{
    /// <summary>The route the group belongs to.</summary>
    public string RouteId => Key.RouteId;

    /// <summary>Whether no alert is left: the group is done and can be deleted.</summary>
    public bool IsEmpty => Alerts.Count == 0;

    /// <summary>A new, empty group.</summary>
    /// <param name="key">Its key.</param>
    /// <param name="receiver">Its receiver.</param>
    /// <param name="now">The time it opens.</param>
    /// <returns>The group.</returns>
    public static GroupState Open(GroupKey key, string receiver, DateTimeOffset now) => new(key, receiver, [], now, null, [], [], null);

    /// <summary>The group after an alert delivery.</summary>
    /// <param name="alert">The alert, routed to this group.</param>
    /// <param name="now">When it arrived.</param>
    /// <returns>
    /// The new state: the alert added or updated; its change time moves only when its status changes. A resolved alert
    /// the group does not hold is ignored, as it was never notified.
    /// </returns>
    public GroupState Receive(Alert alert, DateTimeOffset now)
    {
        var index = IndexOf(alert.Fingerprint);
        if (index < 0 && alert.Status == AlertStatus.Resolved)
        {
            return this;
        }

        var alerts = Alerts.ToList();
        if (index >= 0)
        {
            var changedAt = alerts[index].Status == alert.Status ? alerts[index].ChangedAt : now;
            alerts[index] = new GroupedAlert(alert, changedAt);
        }
        else
        {
            alerts.Add(new GroupedAlert(alert, now));
            alerts.Sort((a, b) => string.CompareOrdinal(a.Fingerprint, b.Fingerprint));
        }

        return this with { Alerts = alerts };
    }

    private int IndexOf(string fingerprint)
    {
        for (var i = 0; i < Alerts.Count; i++)
        {
            if (string.Equals(Alerts[i].Fingerprint, fingerprint, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
