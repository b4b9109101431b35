using Functions.AlertHandler.Alerts;
using Functions.AlertHandler.Results;
using Functions.AlertHandler.Routing;
using Functions.AlertHandler.State;
using Microsoft.Extensions.Logging;

namespace Functions.AlertHandler.Runs;

/// <summary>
/// Records a callback's alerts and acknowledges; the slow work (actions, notifications) belongs to the flush. A
/// storm's retries and repeats are answered from Redis alone; a new state costs one PostgreSQL transaction.
/// </summary>
/// <param name="routing">Routes, receivers and actions.</param>
/// <param name="store">Groups and queued actions.</param>
/// <param name="memory">Which alert states are recorded already.</param>
/// <param name="trigger">Starts a flush right away when there is work.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class CallbackReceiver(
    AlertRouting routing, AlertStore store, DeliveryMemory memory, FlushTrigger trigger, TimeProvider time, ILogger<CallbackReceiver> logger)
{
    /// <summary>Records the alerts and says what became of them.</summary>
    public async Task<CallbackResult> ReceiveAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        if (await memory.AllRecordedAsync(alerts, cancellationToken))
        {
            LogDuplicate(alerts.Count, alerts[0].Fingerprint);
            return new CallbackResult(0, alerts.Count, true, 0, alerts.Select(a => Describe(a, [])).ToArray());
        }

        var now = time.GetUtcNow();
        var routed = new List<RoutedAlert>();
        var actions = new List<QueuedAction>();
        var described = new List<CallbackAlert>();
        foreach (var alert in alerts)
        {
            var matches = routing.Router.Match(alert);
            foreach (var match in matches)
            {
                routed.Add(new RoutedAlert(
                    match.GroupKey.Hash, match.GroupKey.Text, match.RouteId, match.Receiver,
                    match.GroupKey.Labels.ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal), match.Route.Settings.Timers.GroupWait, alert));
                if (alert.Status == AlertStatus.Firing)
                {
                    actions.AddRange(match.Route.Actions.Where(a => a.Type != ActionType.Notify).Select(a => Queue(a, match, alert)));
                }
            }

            described.Add(Describe(alert, matches.Select(m => m.GroupKey.Text).ToArray()));
        }

        var queued = await store.RecordAsync(routed, actions, now, cancellationToken);
        await memory.RememberAsync(alerts, cancellationToken);
        LogRecorded(alerts.Count, routed.Count, queued);
        if (queued > 0 || routed.Any(r => r.GroupWait <= TimeSpan.Zero))
        {
            await trigger.RequestAsync(cancellationToken);
        }

        return new CallbackResult(0, alerts.Count, false, queued, described);
    }

    // One action per route, type and firing episode: retries and repeats of the same alarm share the key.
    private static QueuedAction Queue(RouteAction action, RouteMatch match, Alert alert)
    {
        var type = ActionNames.Of(action.Type);
        var key = $"{match.RouteId}/{type}/{alert.Fingerprint[..Math.Min(16, alert.Fingerprint.Length)]}/{alert.StartsAt.ToUnixTimeSeconds()}";
        var reason = $"{alert.Label(AlertLabels.AlertName)}: {alert.Annotations.GetValueOrDefault("summary") ?? "firing"}";
        return new QueuedAction(key, type, match.RouteId, match.GroupKey.Hash, alert.Fingerprint, alert.Label(AlertLabels.AlertName), reason, action.Cooldown, action.DryRun);
    }

    private static CallbackAlert Describe(Alert alert, IReadOnlyList<string> groups) =>
        new(alert.Fingerprint, AlertStore.StatusText(alert.Status), alert.Label(AlertLabels.AlertName), groups);

    [LoggerMessage(EventId = 6000, Level = LogLevel.Debug, Message = "Duplicate delivery of {Count} alert(s) (first {Fingerprint}): already recorded")]
    private partial void LogDuplicate(int count, string fingerprint);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Recorded {Count} alert(s) in {Groups} group(s); {Queued} action(s) queued")]
    private partial void LogRecorded(int count, int groups, int queued);
}
