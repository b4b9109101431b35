using Functions.DeployOrchestrator.Domain;
using Functions.DeployOrchestrator.Notifications;
using Functions.DeployOrchestrator.Platform;
using Functions.DeployOrchestrator.State;
using Microsoft.Extensions.Logging;

namespace Functions.DeployOrchestrator.Runs;

/// <summary>
/// Performs one step of one run, the chained state machine's only way forward: take the lease at the expected
/// version, decide the one action (<see cref="RunPlanner"/>), record the intent, perform it (effects are idempotent:
/// the executor looks before it changes), decide the outcome (<see cref="RunMachine"/>), commit it with the version
/// bumped, then notify, start a queued run when this one ended, and chain the next step when it is due at once.
/// A crash anywhere before the commit leaves the run as it was, due again when the lease runs out.
/// </summary>
/// <param name="store">The runs.</param>
/// <param name="executor">Performs actions against the platform, the new version and Prometheus.</param>
/// <param name="routing">Each service's progress deadline.</param>
/// <param name="chainer">Chains the next step.</param>
/// <param name="notifier">Tells people.</param>
/// <param name="queue">Starts the run a finished one leaves queued.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class StepRunner(
    RunStore store, IRunExecutor executor, DeployRouting routing, RunChainer chainer, RunNotifier notifier, RunQueue queue, TimeProvider time, ILogger<StepRunner> logger)
{
    /// <summary>How long a step may hold its run; a longer step may see another take it, and loses the commit.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(3);

    /// <summary>Steps a run if it is at the expected version and free; otherwise says why not and changes nothing.</summary>
    public async Task<StepOutcome> StepAsync(long runId, long? expectedVersion, string owner, CancellationToken cancellationToken)
    {
        var leased = await store.TryLeaseAsync(runId, expectedVersion, owner, Lease, time.GetUtcNow(), cancellationToken);
        if (leased is null)
        {
            var current = await store.LoadAsync(runId, cancellationToken);
            var why = current is null ? "no such run" : current.Version != expectedVersion && expectedVersion is not null
                ? $"stale: the run is at version {current.Version}, not {expectedVersion}"
                : "another invocation holds it";
            LogSkipped(runId, why);
            return new StepOutcome(runId, "skipped", current?.State.Phase.ToString() ?? "none", current?.State.StepIndex ?? 0, current?.Version ?? 0, current?.NextRunAt, [why]);
        }

        return await StepLeasedAsync(leased, owner, cancellationToken);
    }

    /// <summary>Steps a run this invocation already leased (the pump's).</summary>
    public async Task<StepOutcome> StepLeasedAsync(StoredRun leased, string owner, CancellationToken cancellationToken)
    {
        var run = leased.State;
        if (run.Phase == RunPhase.Queued && !run.Requests.Abort && run.Requests.SupersededBy is null)
        {
            return await CheckQueuedAsync(leased, owner, cancellationToken);
        }

        var action = RunPlanner.Next(run, time.GetUtcNow(), routing.ProgressDeadline(run.Service));
        ActionResult result;
        try
        {
            if (action is IdleAction or WaitAction)
            {
                result = new NothingResult();
            }
            else
            {
                if (!await store.RecordIntentAsync(run, leased.Version, owner, $"intent: {ActionName(action)}", Lease, time.GetUtcNow(), cancellationToken))
                {
                    LogLost(run.Id, leased.Version);
                    return new StepOutcome(run.Id, "skipped", run.Phase.ToString(), run.StepIndex, leased.Version, leased.NextRunAt, ["the lease ran out before the effect; another step holds the run"]);
                }

                result = await executor.ExecuteAsync(run, action, cancellationToken);
            }
        }
        catch
        {
            await store.ReleaseAsync(run.Id, owner, CancellationToken.None);
            throw;
        }

        var now = time.GetUtcNow();
        var transition = RunMachine.Apply(run, action, result, now);
        var version = await store.CommitAsync(run.Id, leased.Version, owner, transition, now, cancellationToken);
        if (version is not { } committed)
        {
            LogLost(run.Id, leased.Version);
            return new StepOutcome(run.Id, ActionName(action), run.Phase.ToString(), run.StepIndex, leased.Version, leased.NextRunAt, ["lost the lease before committing; the next step redoes this one"]);
        }

        var next = transition.Next;
        LogStepped(run.Id, ActionName(action), next.Phase.ToString(), next.StepIndex, committed, string.Join("; ", transition.Events.Select(e => e.Message)));
        await notifier.NotifyAsync(next, transition.Events, committed, cancellationToken);
        if (next.IsTerminal)
        {
            await queue.StartNextAsync(next.Service, cancellationToken);
        }
        else if (transition.NextRunAt is { } due && due <= now)
        {
            await chainer.ChainAsync(run.Id, committed, cancellationToken);
        }

        return new StepOutcome(run.Id, ActionName(action), next.Phase.ToString(), next.StepIndex, committed, transition.NextRunAt, transition.Events.Select(e => e.Message).ToArray());
    }

    // A queued run's check: look again in a while, then ask the active run to give way (or start, if none is left).
    private async Task<StepOutcome> CheckQueuedAsync(StoredRun leased, string owner, CancellationToken cancellationToken)
    {
        var run = leased.State;
        var now = time.GetUtcNow();
        var next = now + RunQueue.QueueCheck;
        var version = await store.CommitAsync(run.Id, leased.Version, owner, new Transition(run, [], next), now, cancellationToken) ?? leased.Version;
        await queue.AdvanceAsync(run, cancellationToken);
        return new StepOutcome(run.Id, "queued", run.Phase.ToString(), run.StepIndex, version, next, ["waiting for the service's active run"]);
    }

    private static string ActionName(RunAction action) => action switch
    {
        DeployAction => "deploy",
        AwaitReadyAction => "awaitReady",
        ProbeAction => "probe",
        SetTrafficAction => "setTraffic",
        MeasureAction => "measure",
        WaitAction => "wait",
        FinaliseAction => "finalise",
        RollbackAction => "rollback",
        _ => "idle",
    };

    [LoggerMessage(EventId = 7100, Level = LogLevel.Information, Message = "Run {RunId} step skipped: {Reason}")]
    private partial void LogSkipped(long runId, string reason);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Run {RunId}: lost its lease at version {Version} before committing; the effect is redone idempotently by the next step")]
    private partial void LogLost(long runId, long version);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Run {RunId}: {Action} → {Phase} step {StepIndex}, version {Version}: {Events}")]
    private partial void LogStepped(long runId, string action, string phase, int stepIndex, long version, string events);
}
