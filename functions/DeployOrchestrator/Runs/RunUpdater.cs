using Functions.DeployOrchestrator.Domain;
using Functions.DeployOrchestrator.State;
using Npgsql;

namespace Functions.DeployOrchestrator.Runs;

/// <summary>
/// Applies a change to a run outside a step (an operator's command, a newer push, the queue): read, change, write at
/// the version read; when a step holds the run or moved it meanwhile, read again and retry for a few seconds, so a
/// command waits for a step in flight rather than racing it.
/// </summary>
/// <param name="store">The runs.</param>
/// <param name="time">The clock.</param>
internal sealed class RunUpdater(RunStore store, TimeProvider time)
{
    private const string UniqueViolation = "23505";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    /// <summary>The run after the change and its new version, or the refusal; null when the run does not exist.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="change">The change (a pure command: refusal or new state).</param>
    /// <param name="kind">The event kind recorded.</param>
    /// <param name="message">The event's line for people.</param>
    /// <param name="due">Whether the run should take a step at once afterwards.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="TimeoutException">A step held the run for longer than the command waits.</exception>
    public async Task<(CommandOutcome Outcome, long Version)?> UpdateAsync(
        long runId, Func<RunState, DateTimeOffset, CommandOutcome> change, string kind, string message, bool due, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            var stored = await store.LoadAsync(runId, cancellationToken);
            if (stored is null)
            {
                return null;
            }

            var now = time.GetUtcNow();
            var outcome = change(stored.State, now);
            if (!outcome.Accepted)
            {
                return (outcome, stored.Version);
            }

            var transition = new Transition(outcome.Run, [new RunEvent(kind, message, true)], due ? now : stored.NextRunAt);
            try
            {
                if (await store.UpdateAsync(runId, stored.Version, transition, now, cancellationToken) is { } version)
                {
                    return (outcome, version);
                }
            }
            catch (PostgresException e) when (e.SqlState == UniqueViolation)
            {
                // The change would make a second run of the service active (a retry or a start while another runs).
                return (CommandOutcome.Refuse(stored.State, $"another run of {stored.State.Service} is active; abort it or wait for it to end"), stored.Version);
            }

            if (time.GetElapsedTime(started) > Patience)
            {
                throw new TimeoutException($"run {runId} is busy with a step; try again in a moment");
            }

            await Task.Delay(Pause, time, cancellationToken);
        }
    }
}
