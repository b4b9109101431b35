namespace Functions.DeployOrchestrator.Domain;

/// <summary>Deploy, readiness, probes, traffic, waits, and moving from one step to the next.</summary>
internal static partial class RunMachine
{
    private static (RunState, DateTimeOffset?) Deployed(RunState run, DeployedResult deployed, DateTimeOffset now, List<RunEvent> events)
    {
        if (run.Phase != RunPhase.Deploying)
        {
            return (run, now);
        }

        var stable = run.StableVersion ?? deployed.StableVersion;
        var kind = deployed.Reused ? RunEventKind.DeployReused : RunEventKind.Deployed;
        var verb = deployed.Reused ? "already runs" : "deployed from";
        events.Add(new(kind, $"{deployed.Version} {verb} {run.Image} with no traffic (stable: {stable ?? "none"})", true));
        var next = run with
        {
            Phase = RunPhase.WaitingReady,
            PhaseStartedAt = now,
            NewVersion = deployed.Version,
            StableVersion = stable,
            ReleaseTaskId = deployed.TaskId ?? run.ReleaseTaskId,
            Progress = StepProgress.None,
        };
        return (next, now);
    }

    private static (RunState, DateTimeOffset?) Readiness(RunState run, ReadinessResult readiness, DateTimeOffset now, List<RunEvent> events)
    {
        if (run.Phase != RunPhase.WaitingReady)
        {
            return (run, now);
        }

        if (readiness.Ready)
        {
            events.Add(new(RunEventKind.Ready, $"{run.NewVersion} is ready: {readiness.Detail}", true));
            var stepping = run with { Phase = RunPhase.Stepping, PhaseStartedAt = now };
            return (EnterStep(stepping, run.StepIndex, now, events), now);
        }

        if (readiness.Broken)
        {
            events.Add(new(RunEventKind.ReleaseFailed, $"{run.NewVersion} failed to release: {readiness.Detail}", true));
            return StartRollback(run, $"release failed: {readiness.Detail}", now, events);
        }

        // One event per distinct answer, not one per poll.
        if (!string.Equals(run.Progress.LastDetail, readiness.Detail, StringComparison.Ordinal))
        {
            events.Add(new(RunEventKind.NotReady, $"{run.NewVersion} not ready yet: {readiness.Detail}", false));
        }

        var progress = run.Progress with { Measurements = run.Progress.Measurements + 1, LastAt = now, LastDetail = readiness.Detail };
        return (run with { Progress = progress }, now + ReadinessPollInterval);
    }

    private static (RunState, DateTimeOffset?) Probed(RunState run, ProbeResult probe, DateTimeOffset now, List<RunEvent> events)
    {
        if (Current(run) is not HealthCheckStep { Check: var check })
        {
            return (run, now);
        }

        var p = run.Progress;
        var progress = probe.Healthy
            ? p with { ConsecutiveSuccesses = p.ConsecutiveSuccesses + 1, Measurements = p.Measurements + 1, LastAt = now, LastDetail = probe.Detail }
            : p with { ConsecutiveSuccesses = 0, Failures = p.Failures + 1, Measurements = p.Measurements + 1, LastAt = now, LastDetail = probe.Detail };
        var probed = run with { Progress = progress };
        if (probe.Healthy && progress.ConsecutiveSuccesses >= check.ConsecutiveSuccesses)
        {
            events.Add(new(RunEventKind.HealthPassed, $"health check '{check.Name}' passed ({progress.ConsecutiveSuccesses} in a row): {probe.Detail}", false));
            return (Advance(probed, now, events), now);
        }

        if (probe.Healthy)
        {
            events.Add(new(RunEventKind.ProbePassed, $"'{check.Name}' probe passed ({progress.ConsecutiveSuccesses}/{check.ConsecutiveSuccesses}): {probe.Detail}", false));
        }
        else
        {
            events.Add(new(RunEventKind.ProbeFailed, $"'{check.Name}' probe failed ({progress.Failures} of {check.FailureLimit} tolerated): {probe.Detail}", false));
        }

        var elapsed = now - (run.StepStartedAt ?? run.PhaseStartedAt);
        var why = progress.Failures > check.FailureLimit ? $"{progress.Failures} failed probes (limit {check.FailureLimit})"
            : elapsed > check.Deadline ? $"not passed within {check.Deadline}"
            : null;
        if (why is null)
        {
            return (probed, now + check.Interval);
        }

        var reason = $"health check '{check.Name}' failed: {why}; last probe: {probe.Detail}";
        events.Add(new(RunEventKind.HealthFailed, reason, true));
        return StartRollback(probed, reason, now, events);
    }

    private static (RunState, DateTimeOffset?) Traffic(RunState run, TrafficResult traffic, DateTimeOffset now, List<RunEvent> events)
    {
        var shifted = run with { Weight = traffic.Percent };
        if (run.Phase == RunPhase.Stepping && Current(run) is SetWeightStep)
        {
            events.Add(new(RunEventKind.WeightSet, $"{traffic.Percent}% of traffic on {run.NewVersion}", true));
            return (Advance(shifted, now, events), now);
        }

        events.Add(new(RunEventKind.WeightSet, $"{traffic.Percent}% of traffic on {run.NewVersion} restored before step {run.StepIndex}", true));
        return (shifted, now);
    }

    private static (RunState, DateTimeOffset?) Nothing(RunState run, RunAction action, DateTimeOffset now, List<RunEvent> events)
    {
        if (run.Phase == RunPhase.Queued && (run.Requests.Abort || run.Requests.SupersededBy is not null))
        {
            return (Ended(run, RunPlanner.StopReason(run), now, events), null);
        }

        if (run.Phase == RunPhase.Stepping && !run.Requests.Paused && Current(run) is { } step)
        {
            if (run.Requests.Promote && step is PauseStep or AnalysisStep)
            {
                var what = step is AnalysisStep a ? $"analysis '{a.Analysis.Name}' skipped" : "pause ended";
                events.Add(new(RunEventKind.Promoted, $"promoted at step {run.StepIndex}: {what}", true));
                var promoted = run with { Requests = run.Requests with { Promote = false }, Reason = null };
                return (Advance(promoted, now, events), now);
            }

            if (step is PauseStep { Duration: not null } or KeepWarmStep && RunPlanner.DueAt(run, step) <= now)
            {
                return (Advance(run, now, events), now);
            }
        }

        return action switch
        {
            WaitAction wait => (run, wait.Until > now ? wait.Until : now),
            _ => (run, null),
        };
    }

    private static RunStep? Current(RunState run) =>
        run.Phase == RunPhase.Stepping && run.StepIndex >= 0 && run.StepIndex < run.Steps.Count ? run.Steps[run.StepIndex] : null;

    private static RunState Advance(RunState run, DateTimeOffset now, List<RunEvent> events) => EnterStep(run, run.StepIndex + 1, now, events);

    /// <summary>Starts step <paramref name="index"/> with fresh progress, or, past the last step, finalises.</summary>
    private static RunState EnterStep(RunState run, int index, DateTimeOffset now, List<RunEvent> events)
    {
        var entered = run with { StepIndex = index, Progress = StepProgress.None, StepStartedAt = now };
        if (index >= run.Steps.Count)
        {
            events.Add(new(RunEventKind.Finalising, $"every step passed; finalising {run.NewVersion}", false));
            return entered with { Phase = RunPhase.Finalising, PhaseStartedAt = now };
        }

        switch (run.Steps[index])
        {
            case PauseStep { Duration: null }:
                events.Add(new(RunEventKind.Paused, $"paused at step {index} with {run.Weight}% on {run.NewVersion}: promote to go on, abort to roll back", true));
                break;
            case PauseStep { Duration: { } d }:
                events.Add(new(RunEventKind.Waiting, $"pausing {d} at step {index} (promote to go on now)", false));
                break;
            case KeepWarmStep k:
                events.Add(new(RunEventKind.Waiting, $"keeping {run.StableVersion ?? "the old version"} warm for {k.Duration} before it scales down", false));
                break;
            default:
                break;
        }

        return entered;
    }
}
