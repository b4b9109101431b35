namespace Functions.DeployOrchestrator.Domain;

/// <summary>
/// Applies what an action observed to a run: its next state, the events to record and when to look again. Pure; the
/// invocation persists the transition (optimistically, by version) and schedules <see cref="Transition.NextRunAt"/>.
/// </summary>
internal static partial class RunMachine
{
    /// <summary>How long before a transient failure of an effect (and a failed rollback) is tried again.</summary>
    public static readonly TimeSpan EffectRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>How often readiness is polled while the new version starts.</summary>
    public static readonly TimeSpan ReadinessPollInterval = TimeSpan.FromSeconds(10);

    /// <summary>Applies a result.</summary>
    /// <param name="run">The run the action was planned for.</param>
    /// <param name="action">The action.</param>
    /// <param name="result">What executing it observed.</param>
    /// <param name="now">The time of this invocation.</param>
    /// <returns>The transition.</returns>
    public static Transition Apply(RunState run, RunAction action, ActionResult result, DateTimeOffset now)
    {
        if (run.IsTerminal)
        {
            return new Transition(run, [], null);
        }

        var events = new List<RunEvent>();
        var (next, at) = result switch
        {
            FailedResult failed => EffectFailed(run, action, failed, now, events),
            DeployedResult deployed => Deployed(run, deployed, now, events),
            ReadinessResult readiness => Readiness(run, readiness, now, events),
            ProbeResult probe => Probed(run, probe, now, events),
            TrafficResult traffic => Traffic(run, traffic, now, events),
            MeasuredResult measured => Measured(run, measured, now, events),
            FinalisedResult => Finalised(run, now, events),
            RolledBackResult => RolledBack(run, action, now, events),
            NothingResult => Nothing(run, action, now, events),
            _ => throw new ArgumentException($"unknown result {result.GetType().Name}", nameof(result)),
        };
        return new Transition(next, events, at);
    }

    private static (RunState, DateTimeOffset?) EffectFailed(RunState run, RunAction action, FailedResult failed, DateTimeOffset now, List<RunEvent> events)
    {
        var what = Describe(action);
        if (failed.Transient)
        {
            // Retried in place; the failure paths that give up (below) notify.
            events.Add(new(RunEventKind.EffectFailed, $"{what} failed, trying again in {EffectRetryDelay.TotalSeconds:0}s: {failed.Message}", false));
            return (run, now + EffectRetryDelay);
        }

        if (action is RollbackAction rollback || run.Phase == RunPhase.RollingBack)
        {
            // A rollback never gives up: traffic must get back to the stable version.
            var reason = run.Phase == RunPhase.RollingBack ? run.Reason : (action as RollbackAction)?.Reason ?? run.Reason;
            events.Add(new(RunEventKind.EffectFailed, $"rollback failed, trying again in {EffectRetryDelay.TotalSeconds:0}s: {failed.Message}", true));
            var rollingBack = run.Phase == RunPhase.RollingBack ? run : run with { Phase = RunPhase.RollingBack, PhaseStartedAt = now, Reason = reason };
            return (rollingBack, now + EffectRetryDelay);
        }

        var why = $"{what} failed: {failed.Message}";
        events.Add(new(RunEventKind.EffectFailed, why, true));
        return StartRollback(run, why, now, events);
    }

    private static (RunState, DateTimeOffset?) StartRollback(RunState run, string reason, DateTimeOffset now, List<RunEvent> events)
    {
        events.Add(new(RunEventKind.RollbackStarted, $"rolling back to {run.StableVersion ?? "the stable version"}: {reason}", true));
        var requests = run.Requests with { Paused = false, Promote = false, PromoteFull = false };
        return (run with { Phase = RunPhase.RollingBack, PhaseStartedAt = now, Reason = reason, Requests = requests }, now);
    }

    private static (RunState, DateTimeOffset?) Finalised(RunState run, DateTimeOffset now, List<RunEvent> events)
    {
        if (run.Requests.PromoteFull)
        {
            events.Add(new(RunEventKind.PromotedFull, "promoted in full: remaining steps skipped", true));
        }

        events.Add(new(RunEventKind.Finalised, $"{run.NewVersion} serves all traffic; the release is complete", true));
        var next = run with { Phase = RunPhase.Succeeded, PhaseStartedAt = now, Weight = 100, Requests = OperatorRequests.None, Reason = null };
        return (next, null);
    }

    private static (RunState, DateTimeOffset?) RolledBack(RunState run, RunAction action, DateTimeOffset now, List<RunEvent> events)
    {
        var reason = (action as RollbackAction)?.Reason ?? run.Reason ?? "rolled back";
        events.Add(new(RunEventKind.RolledBack, $"traffic back on {run.StableVersion ?? "the stable version"}, {run.NewVersion ?? "the new version"} stopped: {reason}", true));
        return (Ended(run, reason, now, events), null);
    }

    /// <summary>The terminal state after traffic is back on the stable version: superseded, aborted, or failed.</summary>
    private static RunState Ended(RunState run, string reason, DateTimeOffset now, List<RunEvent> events)
    {
        RunPhase phase;
        if (run.Requests.SupersededBy is { } digest)
        {
            phase = RunPhase.Superseded;
            events.Add(new(RunEventKind.Superseded, $"superseded by {digest}; a new run starts from the first step", true));
        }
        else if (run.Requests.Abort)
        {
            phase = RunPhase.Aborted;
            events.Add(new(RunEventKind.Aborted, $"aborted: {reason}", true));
        }
        else
        {
            phase = RunPhase.Failed;
            events.Add(new(RunEventKind.Failed, $"failed at step {run.StepIndex}: {reason}", true));
        }

        return run with { Phase = phase, PhaseStartedAt = now, Weight = 0, Requests = OperatorRequests.None, Reason = reason };
    }

    private static string Describe(RunAction action) => action switch
    {
        DeployAction => "deploy",
        AwaitReadyAction => "readiness check",
        ProbeAction p => $"health probe '{p.Check.Name}'",
        SetTrafficAction t => $"traffic shift to {t.Percent}%",
        MeasureAction m => $"analysis '{m.Analysis.Name}' measurement",
        FinaliseAction => "finalise",
        RollbackAction => "rollback",
        _ => "step",
    };
}
