using Functions.AlertHandler.Alerts;
using Functions.AlertHandler.Results;
using Functions.AlertHandler.Routing;
using Functions.AlertHandler.State;

namespace Functions.AlertHandler.Runs;

/// <summary>
/// The slow half of alert handling, run by the minute timer and by the asynchronous self-invoke a callback starts:
/// queued actions first (they are why an operator wired the alarm), then due groups. It lingers, within the
/// invocation's time, for groups that fall due in the next seconds, so group_wait is kept to the second rather
/// than rounded up to the next timer.
/// </summary>
/// <param name="routing">Routes and inhibition rules.</param>
/// <param name="store">Alerts and silences.</param>
/// <param name="actions">Performs actions.</param>
/// <param name="groups">Flushes groups.</param>
/// <param name="time">The clock.</param>
internal sealed class FlushRunner(AlertRouting routing, AlertStore store, ActionRunner actions, GroupFlusher groups, TimeProvider time)
{
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(5);

    /// <summary>Flushes until nothing more is due before <paramref name="deadline"/>.</summary>
    public async Task<FlushResult> RunAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var actionOutcomes = new List<ActionOutcome>();
        var groupOutcomes = new List<GroupOutcome>();
        var passes = 0;
        while (true)
        {
            passes++;
            var muted = await MuteRulesAsync(cancellationToken);
            actionOutcomes.AddRange(await actions.RunAsync(muted.Why, cancellationToken));
            groupOutcomes.AddRange(await groups.FlushDueAsync(muted.Why, cancellationToken));
            var next = await store.NextFlushAtAsync(cancellationToken);
            var now = time.GetUtcNow();
            if (next is not { } due || due + Margin > deadline || due - now > TimeSpan.FromSeconds(30))
            {
                return new FlushResult(actionOutcomes, groupOutcomes, passes);
            }

            if (due > now)
            {
                await Task.Delay(due - now, time, cancellationToken);
            }
        }
    }

    private async Task<Mute> MuteRulesAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // Only inhibition needs every firing alert; without rules a storm's flush does not read them all each pass.
        IReadOnlyList<Alert> firing = routing.Inhibitor.Rules.Count > 0 ? await store.FiringAlertsAsync(null, cancellationToken) : [];
        var silences = (await store.SilencesAsync(now, includeExpired: false, cancellationToken)).Select(SilenceMapper.ToSilence).ToArray();
        string? Why(Alert alert)
        {
            if (silences.FirstOrDefault(s => SilenceMatcher.Mutes(s, alert, now)) is { } silence)
            {
                return $"silenced by {silence.Id} ({silence.CreatedBy}: {silence.Comment})";
            }

            return routing.Inhibitor.InhibitedBy(alert, firing) is { } inhibition
                ? $"inhibited by {inhibition.Source.Label(AlertLabels.AlertName)} ({inhibition.Source.Fingerprint}) firing"
                : null;
        }

        return new Mute(Why);
    }

    private sealed record Mute(Func<Alert, string?> Why);
}
