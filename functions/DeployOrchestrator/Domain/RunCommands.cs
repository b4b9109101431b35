namespace Functions.DeployOrchestrator.Domain;

/// <summary>
/// Operator commands (Argo's verbs) as pure changes to a run's requests; the machine acts on them at the run's next
/// invocation. Abort always wins: it clears any pending promote, and no promote is accepted once an abort is pending.
/// </summary>
internal static class RunCommands
{
    /// <summary>Go past the current pause (or blue-green's promotion gate), or past an analysis paused as inconclusive.</summary>
    /// <param name="run">The run.</param>
    /// <param name="now">The time of the command.</param>
    /// <returns>The outcome.</returns>
    public static CommandOutcome Promote(RunState run, DateTimeOffset now)
    {
        if (Stopping(run) is { } refusal)
        {
            return CommandOutcome.Refuse(run, refusal);
        }

        var step = run.Phase == RunPhase.Stepping && run.StepIndex < run.Steps.Count ? run.Steps[run.StepIndex] : null;
        if (step is not PauseStep && !(step is AnalysisStep && run.Requests.Paused))
        {
            return CommandOutcome.Refuse(run, "promote applies to a pause or to an analysis paused as inconclusive; promoteFull skips every remaining step");
        }

        return CommandOutcome.Accept(run with { Requests = run.Requests with { Promote = true, Paused = false }, Reason = null });
    }

    /// <summary>Skip every remaining step and analysis: all traffic to the new version, then finalise.</summary>
    /// <param name="run">The run.</param>
    /// <param name="now">The time of the command.</param>
    /// <returns>The outcome.</returns>
    public static CommandOutcome PromoteFull(RunState run, DateTimeOffset now)
    {
        if (Stopping(run) is { } refusal)
        {
            return CommandOutcome.Refuse(run, refusal);
        }

        var reason = run.Requests.Paused ? null : run.Reason;
        return CommandOutcome.Accept(run with { Requests = run.Requests with { PromoteFull = true, Paused = false }, Reason = reason });
    }

    /// <summary>Hold the run where it is (a rollback is never held).</summary>
    /// <param name="run">The run.</param>
    /// <param name="now">The time of the command.</param>
    /// <returns>The outcome.</returns>
    public static CommandOutcome Pause(RunState run, DateTimeOffset now)
    {
        if (Stopping(run) is { } refusal)
        {
            return CommandOutcome.Refuse(run, refusal);
        }

        return run.Requests.Paused
            ? CommandOutcome.Refuse(run, "the run is already paused")
            : CommandOutcome.Accept(run with { Requests = run.Requests with { Paused = true } });
    }

    /// <summary>Let a paused run go on; an analysis paused as inconclusive measures again from scratch.</summary>
    /// <param name="run">The run.</param>
    /// <param name="now">The time of the command.</param>
    /// <returns>The outcome.</returns>
    public static CommandOutcome Resume(RunState run, DateTimeOffset now)
    {
        if (run.IsTerminal || !run.Requests.Paused)
        {
            return CommandOutcome.Refuse(run, $"the run is not paused (it is {run.Phase})");
        }

        // A wait for readiness should not count the paused time against the progress deadline.
        var phaseStarted = run.Phase == RunPhase.WaitingReady ? now : run.PhaseStartedAt;
        return CommandOutcome.Accept(run with { Requests = run.Requests with { Paused = false }, Reason = null, PhaseStartedAt = phaseStarted });
    }

    /// <summary>Roll back and end as Aborted; wins over any pending promote.</summary>
    /// <param name="run">The run.</param>
    /// <param name="now">The time of the command.</param>
    /// <returns>The outcome.</returns>
    public static CommandOutcome Abort(RunState run, DateTimeOffset now)
    {
        if (run.IsTerminal)
        {
            return CommandOutcome.Refuse(run, $"the run already ended as {run.Phase}");
        }

        var requests = run.Requests with { Abort = true, Promote = false, PromoteFull = false, Paused = false };
        return CommandOutcome.Accept(run with { Requests = requests });
    }

    /// <summary>A newer image for the service: roll back and end as Superseded (the caller then starts the new run).</summary>
    /// <param name="run">The run.</param>
    /// <param name="digest">The newer image's digest.</param>
    /// <param name="now">The time of the push.</param>
    /// <returns>The outcome.</returns>
    public static CommandOutcome Supersede(RunState run, string digest, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(digest);
        if (run.IsTerminal)
        {
            return CommandOutcome.Refuse(run, $"the run already ended as {run.Phase}");
        }

        var requests = run.Requests with { SupersededBy = digest, Promote = false, PromoteFull = false, Paused = false };
        return CommandOutcome.Accept(run with { Requests = requests });
    }

    /// <summary>Redrive a Failed run from the step that failed, as the same run: deploy (reusing the version), wait until ready, restore traffic, go on.</summary>
    /// <param name="run">The run.</param>
    /// <param name="now">The time of the command.</param>
    /// <returns>The outcome.</returns>
    public static CommandOutcome Retry(RunState run, DateTimeOffset now)
    {
        if (run.Phase != RunPhase.Failed)
        {
            return CommandOutcome.Refuse(run, $"retry only applies to a Failed run (this one is {run.Phase})");
        }

        return CommandOutcome.Accept(run with
        {
            Phase = RunPhase.Deploying,
            PhaseStartedAt = now,
            StepStartedAt = null,
            Progress = StepProgress.None,
            Requests = OperatorRequests.None,
            Reason = null,
            Weight = 0,
        });
    }

    /// <summary>Start a queued run once the service's active run has ended.</summary>
    /// <param name="run">The run.</param>
    /// <param name="now">The time.</param>
    /// <returns>The outcome.</returns>
    public static CommandOutcome Start(RunState run, DateTimeOffset now) => run.Phase == RunPhase.Queued
        ? CommandOutcome.Accept(run with { Phase = RunPhase.Deploying, PhaseStartedAt = now })
        : CommandOutcome.Refuse(run, $"only a Queued run starts (this one is {run.Phase})");

    private static string? Stopping(RunState run) =>
        run.IsTerminal ? $"the run already ended as {run.Phase}"
        : run.Requests.Abort ? "an abort is pending and wins"
        : run.Requests.SupersededBy is not null ? $"the run is being superseded by {run.Requests.SupersededBy}"
        : run.Phase == RunPhase.RollingBack ? "the run is rolling back"
        : null;
}
