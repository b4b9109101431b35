namespace Functions.DeployOrchestrator.Domain;

/// <summary>Metric analysis: per-metric counters, then the analysis' verdict.</summary>
internal static partial class RunMachine
{
    private static (RunState, DateTimeOffset?) Measured(RunState run, MeasuredResult measured, DateTimeOffset now, List<RunEvent> events)
    {
        if (Current(run) is not AnalysisStep { Analysis: var analysis })
        {
            return (run, now);
        }

        var counters = new List<MetricProgress>();
        var details = new List<string>();
        var outcomes = new List<(MetricOutcome Outcome, string Detail)>();
        foreach (var metric in analysis.Metrics)
        {
            var prior = run.Progress.Metrics.FirstOrDefault(m => m.Metric == metric.Name) ?? MetricProgress.Empty(metric.Name);
            var progress = prior;
            var detail = $"{metric.Name}: complete";
            if (AnalysisJudge.Assess(metric, prior, analysis.Count) == MetricOutcome.Running)
            {
                var measurement = measured.Measurements.FirstOrDefault(m => m.Metric == metric.Name)
                    ?? new Measurement(metric.Name, null, "not measured (missing from the result)");
                (progress, detail) = AnalysisJudge.Judge(metric, prior, measurement);
            }

            counters.Add(progress);
            details.Add(detail);
            outcomes.Add((AnalysisJudge.Assess(metric, progress, analysis.Count), detail));
        }

        var p = run.Progress;
        var summary = string.Join("; ", details);
        var next = run with
        {
            Progress = p with
            {
                Failures = counters.Sum(c => c.Failures),
                Inconclusive = counters.Sum(c => c.Inconclusive),
                Errors = counters.Sum(c => c.Errors),
                Measurements = p.Measurements + 1,
                LastAt = now,
                LastDetail = summary,
                Metrics = counters,
            },
        };
        events.Add(new(RunEventKind.AnalysisMeasured, $"analysis '{analysis.Name}' measurement {next.Progress.Measurements}: {summary}", false));

        if (outcomes.FirstOrDefault(o => o.Outcome is MetricOutcome.Failed or MetricOutcome.Error) is { Detail: { } failed })
        {
            var reason = $"analysis '{analysis.Name}' failed: {failed}";
            events.Add(new(RunEventKind.AnalysisFailed, reason, true));
            return StartRollback(next, reason, now, events);
        }

        if (outcomes.FirstOrDefault(o => o.Outcome == MetricOutcome.Inconclusive) is { Detail: { } inconclusive })
        {
            var reason = $"analysis '{analysis.Name}' inconclusive: {inconclusive}";
            if (analysis.InconclusiveAction == InconclusiveAction.Fail)
            {
                events.Add(new(RunEventKind.AnalysisInconclusive, $"{reason}; failing as configured", true));
                return StartRollback(next, reason, now, events);
            }

            // Argo pauses for a person; resuming measures again from scratch, promoting skips the analysis.
            events.Add(new(RunEventKind.AnalysisInconclusive, $"{reason}; paused: promote to go on, resume to measure again, abort to roll back", true));
            var paused = next with
            {
                Requests = next.Requests with { Paused = true },
                Progress = StepProgress.None,
                StepStartedAt = now,
                Reason = reason,
            };
            return (paused, null);
        }

        if (outcomes.TrueForAll(o => o.Outcome == MetricOutcome.Successful))
        {
            events.Add(new(RunEventKind.AnalysisPassed, $"analysis '{analysis.Name}' passed: {summary}", false));
            return (Advance(next, now, events), now);
        }

        return (next, now + analysis.Interval);
    }
}
