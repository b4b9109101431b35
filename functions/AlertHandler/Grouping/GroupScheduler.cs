using Functions.AlertHandler.Alerts;

namespace Functions.AlertHandler.Grouping;

/// <summary>
/// Alertmanager's aggregation-group timers and notification-log dedup as a pure decision. The first flush is
/// group_wait after the group opened (or after its oldest firing alert started, if earlier); then every group_interval.
/// A flush notifies when alerts started firing, when notified alerts resolved and send_resolved is on, or when
/// repeat_interval has passed since the last notification; otherwise it is silent. Resolved alerts leave the group at
/// every flush; a resolved alert that was never notified as firing is dropped without a word.
/// </summary>
internal static class GroupScheduler
{
    /// <summary>Plans a group at a time.</summary>
    /// <param name="state">The group.</param>
    /// <param name="timers">The route's timers.</param>
    /// <param name="sendResolved">Whether the receiver wants resolved notifications.</param>
    /// <param name="now">The time now.</param>
    /// <returns>The plan.</returns>
    public static GroupPlan Plan(GroupState state, GroupTimers timers, bool sendResolved, DateTimeOffset now)
    {
        var dueAt = DueAt(state, timers);
        if (now < dueAt)
        {
            return new GroupPlan(false, dueAt, null, state);
        }

        var notifiedFiring = state.NotifiedFiring.ToHashSet(StringComparer.Ordinal);
        var firing = state.Alerts.Where(a => a.Status == AlertStatus.Firing).Select(a => a.Alert).ToArray();
        var resolved = sendResolved
            ? state.Alerts.Where(a => a.Status == AlertStatus.Resolved && notifiedFiring.Contains(a.Fingerprint)).Select(a => a.Alert).ToArray()
            : [];
        var newFiring = firing.Select(a => a.Fingerprint).Where(f => !notifiedFiring.Contains(f)).ToArray();
        var reason = Reason(state, timers, firing.Length, newFiring.Length, resolved, now);
        var remaining = state.Alerts.Where(a => a.Status == AlertStatus.Firing).ToArray();
        var nextDue = remaining.Length == 0 ? (DateTimeOffset?)null : now + timers.GroupInterval;
        if (reason is not { } why)
        {
            // Silent flush. Forgetting resolved alerts here lets one that fires again be notified as new.
            var still = firing.Select(a => a.Fingerprint).ToHashSet(StringComparer.Ordinal);
            var silent = state with
            {
                Alerts = remaining,
                LastFlushAt = now,
                NotifiedFiring = state.NotifiedFiring.Where(still.Contains).ToArray(),
            };
            return new GroupPlan(true, nextDue, null, silent);
        }

        var firingPrints = firing.Select(a => a.Fingerprint).ToArray();
        var resolvedPrints = resolved.Select(a => a.Fingerprint).ToArray();
        var stateHash = GroupNotification.HashState(firingPrints, resolvedPrints);
        var previous = state.LastNotifiedAt?.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "never";
        var idempotencyKey = Routing.GroupKey.HashText($"{state.Key.Hash}\n{state.Receiver}\n{stateHash}\n{previous}");
        var notification = new GroupNotification(state.Key, state.Receiver, why, firing, resolved, newFiring, stateHash, idempotencyKey);
        var sent = state with
        {
            Alerts = remaining,
            LastFlushAt = now,
            NotifiedFiring = firingPrints,
            NotifiedResolved = resolvedPrints,
            LastNotifiedAt = now,
        };
        return new GroupPlan(true, nextDue, notification, sent);
    }

    /// <summary>When the group's next flush is due.</summary>
    /// <param name="state">The group.</param>
    /// <param name="timers">The route's timers.</param>
    /// <returns>group_wait after it opened (or after its oldest firing alert started) before the first flush, then group_interval after the last.</returns>
    public static DateTimeOffset DueAt(GroupState state, GroupTimers timers)
    {
        if (state.LastFlushAt is { } flushed)
        {
            return flushed + timers.GroupInterval;
        }

        // As Alertmanager: an alert that started long before it reached us (a late callback, a cold start) need not wait again.
        var opened = state.FirstSeenAt;
        foreach (var alert in state.Alerts)
        {
            if (alert.Status == AlertStatus.Firing && alert.Alert.StartsAt < opened)
            {
                opened = alert.Alert.StartsAt;
            }
        }

        return opened + timers.GroupWait;
    }

    private static NotificationReason? Reason(GroupState state, GroupTimers timers, int firing, int newFiring, Alert[] resolved, DateTimeOffset now)
    {
        if (state.LastNotifiedAt is not { } last)
        {
            return firing > 0 ? NotificationReason.New : null;
        }

        if (newFiring > 0)
        {
            return NotificationReason.Changed;
        }

        var notifiedResolved = state.NotifiedResolved.ToHashSet(StringComparer.Ordinal);
        if (resolved.Any(a => !notifiedResolved.Contains(a.Fingerprint)))
        {
            return NotificationReason.Changed;
        }

        return firing > 0 && now - last >= timers.RepeatInterval ? NotificationReason.Repeat : null;
    }
}
