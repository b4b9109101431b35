using Functions.AlertHandler.Alerts;
using Functions.AlertHandler.Grouping;
using Functions.AlertHandler.Notifications;
using Functions.AlertHandler.Results;
using Functions.AlertHandler.Routing;
using Functions.AlertHandler.State;
using Functions.Notify;

namespace Functions.AlertHandler.Runs;

/// <summary>
/// Flushes the due groups with Alertmanager's timers: claims them, holds back silenced and inhibited alerts, plans
/// each with <see cref="GroupScheduler"/>, sends what is due through every channel of the group's receiver, and
/// records the new state only when every channel has it, so a channel that failed or was over its limit gets it on
/// a later flush and the others are not sent it twice (the notification log).
/// </summary>
/// <param name="routing">Routes and receivers.</param>
/// <param name="store">The groups.</param>
/// <param name="notifier">Sends to channels (the notification log, token buckets and digests).</param>
/// <param name="time">The clock.</param>
internal sealed class GroupFlusher(AlertRouting routing, AlertStore store, Notifier notifier, TimeProvider time)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    /// <summary>Flushes the groups due now.</summary>
    /// <param name="muted">Why an alert is muted, or null when it is not.</param>
    /// <param name="cancellationToken">Cancels the work (a claimed group becomes due again when its lease ends).</param>
    /// <returns>Each group's outcome.</returns>
    public async Task<IReadOnlyList<GroupOutcome>> FlushDueAsync(Func<Alert, string?> muted, CancellationToken cancellationToken)
    {
        var claimedAt = time.GetUtcNow();
        var groups = await store.ClaimDueGroupsAsync(claimedAt, Lease, 50, cancellationToken);
        var plans = groups.Select(g => Plan(g, muted, claimedAt)).ToArray();
        var work = new List<NotificationWork>();
        var workOf = new List<(int Plan, ReceiverSettings Channel)>();
        for (var i = 0; i < plans.Length; i++)
        {
            if (plans[i].Plan.Notification is not { } notification)
            {
                continue;
            }

            var message = GroupMessage.For(notification, claimedAt);
            foreach (var channel in routing.Channels(notification.Receiver))
            {
                work.Add(new NotificationWork(channel, message, notification.Key.Hash, notification.IdempotencyKey));
                workOf.Add((i, channel));
            }
        }

        var results = await notifier.NotifyManyAsync(work, cancellationToken);
        var outcomes = new List<GroupOutcome>();
        for (var i = 0; i < plans.Length; i++)
        {
            var channels = Enumerable.Range(0, work.Count).Where(w => workOf[w].Plan == i)
                .Select(w => new ChannelOutcome(workOf[w].Channel.Name, ResultName(results[w].Status), results[w].Reason)).ToArray();
            // A channel that may take it later (over its limit, or a failure worth retrying) keeps the group due; one
            // that never will (a bad key, a refused signature) must not hold the group and its other channels for ever.
            var retryAfter = Enumerable.Range(0, work.Count).Where(w => workOf[w].Plan == i)
                .Select(w => results[w])
                .Where(r => r.Status == NotifyStatus.RateLimited || (r.Status == NotifyStatus.Failed && r.Retryable))
                .Select(r => (TimeSpan?)(r.RetryAfter ?? RetryAfter))
                .Max();
            outcomes.Add(await CompleteAsync(groups[i], plans[i], channels, retryAfter, claimedAt, cancellationToken));
        }

        return outcomes;
    }

    private PlannedGroup Plan(StoredGroup group, Func<Alert, string?> muted, DateTimeOffset now)
    {
        var route = routing.RouteById(group.RouteId);
        var timers = route?.Settings.Timers ?? GroupTimers.Default;
        var key = new GroupKey(group.RouteId, group.GroupLabels.OrderBy(l => l.Key, StringComparer.Ordinal).ToArray(), group.GroupKeyText, group.GroupKey);
        var audible = group.Alerts.Where(a => a.Alert.Status == AlertStatus.Resolved || muted(a.Alert) is null).ToArray();
        var state = new GroupState(
            key, group.Receiver, audible.Select(a => new GroupedAlert(a.Alert, a.UpdatedAt)).ToArray(), group.CreatedAt, group.LastFlushAt,
            group.NotifiedFiring, group.NotifiedResolved, group.LastNotifiedAt);
        var plan = GroupScheduler.Plan(state, timers, routing.SendsResolved(group.Receiver), now);
        return new PlannedGroup(plan, group.Alerts.Count - audible.Length);
    }

    private async Task<GroupOutcome> CompleteAsync(
        StoredGroup group, PlannedGroup planned, IReadOnlyList<ChannelOutcome> channels, TimeSpan? retryAfter, DateTimeOffset claimedAt, CancellationToken cancellationToken)
    {
        var plan = planned.Plan;
        var now = time.GetUtcNow();
        var notification = plan.Notification;
        if (!plan.IsDue)
        {
            await store.CompleteGroupAsync(new GroupFlush(group.GroupKey, claimedAt, now, plan.NextDueAt ?? now + RetryAfter, false, null, null, null, []), cancellationToken);
            return Outcome(group, "waiting", notification, planned.Muted, channels);
        }

        if (retryAfter is { } wait)
        {
            // Not recorded as notified: the next flush plans the same state, and the log spares the channels that have it.
            await store.CompleteGroupAsync(new GroupFlush(group.GroupKey, claimedAt, now, now + Max(wait, RetryAfter), false, null, null, null, []), cancellationToken);
            return Outcome(group, "postponed", notification, planned.Muted, channels);
        }

        var next = plan.Next;
        var kept = next.Alerts.Select(a => a.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var removed = group.Alerts.Where(a => a.Alert.Status == AlertStatus.Resolved && !kept.Contains(a.Alert.Fingerprint)).Select(a => a.Alert.Fingerprint).ToArray();
        // A group with nothing left is deleted by the store; a muted firing alert keeps it open.
        await store.CompleteGroupAsync(
            new GroupFlush(group.GroupKey, claimedAt, now, plan.NextDueAt ?? now + (routing.RouteById(group.RouteId)?.Settings.Timers ?? GroupTimers.Default).GroupInterval,
                true, notification is null ? null : now, next.NotifiedFiring, next.NotifiedResolved, removed),
            cancellationToken);
        var outcome = notification is not null ? "notified" : next.IsEmpty && group.Alerts.Count == removed.Length ? "done" : "silent";
        return Outcome(group, outcome, notification, planned.Muted, channels);
    }

    private static GroupOutcome Outcome(StoredGroup group, string outcome, GroupNotification? notification, int muted, IReadOnlyList<ChannelOutcome> channels) =>
        new(group.GroupKeyText, group.Receiver, outcome, notification?.ReasonText, notification?.Firing.Count ?? 0, notification?.Resolved.Count ?? 0, muted, channels);

    private static string ResultName(NotifyStatus status) => status switch
    {
        NotifyStatus.Sent => "sent",
        NotifyStatus.AlreadySent => "alreadySent",
        NotifyStatus.Skipped => "skipped",
        NotifyStatus.RateLimited => "rateLimited",
        _ => "failed",
    };

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed record PlannedGroup(GroupPlan Plan, int Muted);
}
