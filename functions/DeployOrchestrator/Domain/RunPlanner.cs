namespace Functions.DeployOrchestrator.Domain;

/// <summary>
/// Decides the one action an invocation takes for a run. Pure: the same run and time give the same action, so a
/// re-delivered invocation decides the same thing again (effects are idempotent at the executor).
/// </summary>
internal static class RunPlanner
{
    /// <summary>Decides what to do now.</summary>
    /// <param name="run">The run as stored.</param>
    /// <param name="now">The time of this invocation.</param>
    /// <param name="progressDeadline">How long the new version may take to become ready before the run rolls back.</param>
    /// <returns>The action.</returns>
    public static RunAction Next(RunState run, DateTimeOffset now, TimeSpan progressDeadline)
    {
        if (run.IsTerminal)
        {
            return new IdleAction($"the run is {run.Phase}");
        }

        // Abort and superseding win over everything, including a pending promote and an operator's pause.
        if (run.Requests.Abort || run.Requests.SupersededBy is not null)
        {
            // A queued run never deployed anything: the machine ends it without touching the platform.
            return run.Phase == RunPhase.Queued
                ? new IdleAction("ended before it started")
                : new RollbackAction(StopReason(run));
        }

        // A rollback never waits for anyone.
        if (run.Phase == RunPhase.RollingBack)
        {
            return new RollbackAction(run.Reason ?? "rolling back");
        }

        if (run.Requests.Paused)
        {
            return new IdleAction(run.Reason is { } reason ? $"paused: {reason}" : "paused by an operator");
        }

        return run.Phase switch
        {
            RunPhase.Queued => new IdleAction("waiting for the service's active run to finish"),
            // A deploy the platform keeps refusing (a release of another image in progress) is bounded by the same deadline.
            RunPhase.Deploying => now - run.PhaseStartedAt > progressDeadline
                ? new RollbackAction($"progress deadline exceeded: {run.Image} could not be deployed within {progressDeadline}")
                : new DeployAction(run.Image),
            RunPhase.WaitingReady => now - run.PhaseStartedAt > progressDeadline
                ? new RollbackAction($"progress deadline exceeded: {run.NewVersion ?? "the new version"} not ready within {progressDeadline}")
                : new AwaitReadyAction(),
            RunPhase.Stepping => Stepping(run, now),
            RunPhase.Finalising => new FinaliseAction(),
            _ => new IdleAction($"the run is {run.Phase}"),
        };
    }

    /// <summary>Why an abort or superseding request stops the run.</summary>
    /// <param name="run">The run.</param>
    /// <returns>For people.</returns>
    public static string StopReason(RunState run) => run.Requests.SupersededBy is { } digest
        ? $"superseded by {digest}"
        : "aborted by an operator";

    /// <summary>When a waiting step is due: a timed pause or keep-warm ends, a probe or measurement is next taken.</summary>
    /// <param name="run">A run in <see cref="RunPhase.Stepping"/>.</param>
    /// <param name="step">Its current step.</param>
    /// <returns>The time, or null when the step waits for an operator.</returns>
    public static DateTimeOffset? DueAt(RunState run, RunStep step)
    {
        var started = run.StepStartedAt ?? run.PhaseStartedAt;
        return step switch
        {
            PauseStep { Duration: { } d } => started + d,
            PauseStep => null,
            KeepWarmStep k => started + k.Duration,
            HealthCheckStep h => run.Progress.LastAt is { } last ? last + h.Check.Interval : started,
            AnalysisStep a => run.Progress.LastAt is { } last ? last + a.Analysis.Interval : started + a.Analysis.InitialDelay,
            _ => started,
        };
    }

    /// <summary>The weight the steps before the current one set (what traffic should be when the current step starts).</summary>
    /// <param name="run">The run.</param>
    /// <returns>Percent.</returns>
    public static int ExpectedWeight(RunState run)
    {
        for (var i = Math.Min(run.StepIndex, run.Steps.Count) - 1; i >= 0; i--)
        {
            if (run.Steps[i] is SetWeightStep s)
            {
                return s.Percent;
            }
        }

        return 0;
    }

    private static RunAction Stepping(RunState run, DateTimeOffset now)
    {
        if (run.Requests.PromoteFull || run.StepIndex >= run.Steps.Count)
        {
            return new FinaliseAction();
        }

        var step = run.Steps[run.StepIndex];
        if (step is SetWeightStep weight)
        {
            return new SetTrafficAction(weight.Percent);
        }

        // A retried run resumes at the failed step after the rollback took its traffic away: restore it first.
        var expected = ExpectedWeight(run);
        if (run.Weight < expected)
        {
            return new SetTrafficAction(expected);
        }

        if (run.Requests.Promote && step is PauseStep or AnalysisStep)
        {
            // The machine consumes the promote when it sees the (empty) result of a wait that is already due.
            return new WaitAction(now);
        }

        var due = DueAt(run, step);
        return step switch
        {
            PauseStep when due is null => new IdleAction("paused until promoted"),
            HealthCheckStep h when due <= now => new ProbeAction(h.Check),
            AnalysisStep a when due <= now => new MeasureAction(a.Analysis),
            _ => new WaitAction(due!.Value),
        };
    }
}
