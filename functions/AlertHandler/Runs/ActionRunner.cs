using Functions.AlertHandler.Actions;
using Functions.AlertHandler.Alerts;
using Functions.AlertHandler.Configuration;
using Functions.AlertHandler.Results;
using Functions.AlertHandler.State;
using Functions.TencentCloud.Api;
using Microsoft.Extensions.Logging;

namespace Functions.AlertHandler.Runs;

/// <summary>
/// Performs queued actions, each at most once: it is claimed first, then checked — the alert still firing, not
/// silenced or inhibited, the route's cooldown for the type passed, not a dry run — and only then performed.
/// A failed action is retried by later flushes up to <see cref="MaxAttempts"/> times.
/// </summary>
/// <param name="store">The queued actions.</param>
/// <param name="performers">What performs each type.</param>
/// <param name="settings">The global dry-run switch.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class ActionRunner(AlertStore store, IEnumerable<IActionPerformer> performers, AlertHandlerSettings settings, TimeProvider time, ILogger<ActionRunner> logger)
{
    private const int MaxAttempts = 3;
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(5);
    private readonly Dictionary<string, IActionPerformer> _performers = performers.ToDictionary(p => p.Type, StringComparer.Ordinal);

    /// <summary>Claims and performs the queued actions.</summary>
    /// <param name="muted">Why an alert is muted, or null when it is not.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Each action's outcome.</returns>
    public async Task<IReadOnlyList<ActionOutcome>> RunAsync(Func<Alert, string?> muted, CancellationToken cancellationToken)
    {
        var outcomes = new List<ActionOutcome>();
        var claimed = await store.ClaimActionsAsync(time.GetUtcNow(), StaleAfter, 20, cancellationToken);
        if (claimed.Count == 0)
        {
            return outcomes;
        }

        var firing = (await store.FiringAlertsAsync(claimed.Select(r => r.Action.Fingerprint).Distinct().ToArray(), cancellationToken))
            .ToDictionary(a => a.Fingerprint, StringComparer.Ordinal);
        foreach (var record in claimed)
        {
            var action = record.Action;
            var (status, detail) = await DecideAndPerformAsync(record, firing, muted, cancellationToken);
            await store.FinishActionAsync(action.Key, status, detail, time.GetUtcNow(), cancellationToken);
            LogAction(action.Type, action.Key, status, detail);
            outcomes.Add(new ActionOutcome(action.Key, action.Type, action.AlertName, status, detail));
        }

        return outcomes;
    }

    private async Task<(string Status, string Detail)> DecideAndPerformAsync(
        ActionRecord record, Dictionary<string, Alert> firing, Func<Alert, string?> muted, CancellationToken cancellationToken)
    {
        var action = record.Action;
        if (!firing.TryGetValue(action.Fingerprint, out var alert))
        {
            return ("skipped", "the alert resolved before the action ran");
        }

        if (muted(alert) is { } why)
        {
            return ("skipped", why);
        }

        var now = time.GetUtcNow();
        if (action.DryRun || settings.DryRun)
        {
            return await store.CooldownUntilAsync(action.Type, action.RouteId, now, cancellationToken) is { } busy
                ? ("skipped", Cooldown(action, busy))
                : ("dry_run", $"would {action.Type} ({(action.DryRun ? "the route's" : "ALERT_DRY_RUN")} dry run)");
        }

        if (!_performers.TryGetValue(action.Type, out var performer))
        {
            return ("failed", $"no performer for action type '{action.Type}'");
        }

        if (await store.TryTakeCooldownAsync(action.Type, action.RouteId, now + action.Cooldown, now, cancellationToken) is { } until)
        {
            return ("skipped", Cooldown(action, until));
        }

        try
        {
            return ("done", await performer.PerformAsync(action.Key, action.Reason, cancellationToken));
        }
        catch (Exception e) when (e is TencentCloudApiException or HttpRequestException or InvalidOperationException or Scf.Errors.InvalidArgumentsException
                                   or TencentCloud.Scf.FunctionInvocationException)
        {
            // It did not happen: the route's cooldown is not spent on it.
            await store.ReleaseCooldownAsync(action.Type, action.RouteId, time.GetUtcNow(), CancellationToken.None);
            var retry = record.Attempts < MaxAttempts && e is not Scf.Errors.InvalidArgumentsException;
            return (retry ? "pending" : "failed", $"attempt {record.Attempts}: {e.Message}");
        }
    }

    private static string Cooldown(QueuedAction action, DateTimeOffset until) =>
        $"cooldown: route {action.RouteId} may {action.Type} again at {until:u} (cooldown {action.Cooldown})";

    [LoggerMessage(EventId = 6200, Level = LogLevel.Information, Message = "Action {Type} {Key}: {Status}, {Detail}")]
    private partial void LogAction(string type, string key, string status, string detail);
}
