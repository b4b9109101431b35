using Functions.AlertHandler.Configuration;
using Functions.AlertHandler.Alerts;
using Functions.AlertHandler.Results;
using Functions.AlertHandler.State;
using Functions.Notify;

namespace Functions.AlertHandler.Commands;

/// <summary><c>status</c>: open groups and their timers, silences, recent actions with cooldowns, recent notifications.</summary>
/// <param name="store">Groups, silences, actions.</param>
/// <param name="log">The notification log.</param>
/// <param name="settings">The dry-run switch.</param>
/// <param name="time">The clock.</param>
internal sealed class StatusReader(AlertStore store, NotificationLog log, AlertHandlerSettings settings, TimeProvider time)
{
    public async Task<StatusResult> ReadAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var groups = (await store.OpenGroupsAsync(50, cancellationToken)).Select(g => new GroupView(
            g.GroupKeyText, g.Receiver, g.Alerts.Count(a => a.Alert.Status == AlertStatus.Firing), g.Alerts.Count(a => a.Alert.Status == AlertStatus.Resolved),
            g.NextFlushAt, g.LastNotifiedAt)).ToArray();
        var silences = (await store.SilencesAsync(now, includeExpired: false, cancellationToken)).Select(s => SilenceCommand.View(s, now)).ToArray();
        var actions = (await store.RecentActionsAsync(20, cancellationToken)).Select(a => new ActionView(
            a.Action.Key, a.Action.Type, a.Action.AlertName, a.Status, a.Detail, a.CreatedAt, a.FinishedAt,
            a.Status == "done" && a.FinishedAt is { } done && done + a.Action.Cooldown > now ? done + a.Action.Cooldown : null)).ToArray();
        var notifications = (await log.RecentAsync(20, cancellationToken)).Select(n => new NotificationView(
            n.Receiver, n.Title, n.Status, n.Attempts, n.SentAt, n.Error)).ToArray();
        return new StatusResult(settings.DryRun, groups, silences, actions, notifications);
    }
}
