using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.Tests.Domain;

/// <summary>Runs, checks and analyses for the planner and machine tests, and a pure loop that drives a run.</summary>
internal static class TestRuns
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan Deadline = TimeSpan.FromMinutes(10);

    public static HealthCheck Check(int successes = 2, int failureLimit = 1) =>
        new("api", "http://{version}.svc/health", 200, "status", "ok", successes, failureLimit, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(3), TimeSpan.FromMinutes(2));

    public static AnalysisMetric Metric(string name = "error-rate", NoDataPolicy noData = NoDataPolicy.Fail, int failureLimit = 0, int consecutiveErrorLimit = 4) =>
        new(name, "q", null, 0.05, failureLimit, 0, consecutiveErrorLimit, noData);

    public static AnalysisTemplate Analysis(int count = 2, InconclusiveAction inconclusive = InconclusiveAction.Pause, params AnalysisMetric[] metrics) =>
        new("errors", metrics.Length == 0 ? [Metric()] : metrics, TimeSpan.FromMinutes(1), count, TimeSpan.FromSeconds(30), inconclusive);

    /// <summary>health check, 10 %, pause 2m, analysis, 50 %, manual pause, 100 %.</summary>
    public static IReadOnlyList<RunStep> Canary(AnalysisTemplate? analysis = null) =>
    [
        new HealthCheckStep(Check()),
        new SetWeightStep(10),
        new PauseStep(TimeSpan.FromMinutes(2)),
        new AnalysisStep(analysis ?? Analysis()),
        new SetWeightStep(50),
        new PauseStep(null),
        new SetWeightStep(100),
    ];

    public static RunState New(IReadOnlyList<RunStep>? steps = null)
    {
        var s = steps ?? Canary();
        return RunFactory.Create(1, "superinsight", "ccr.ccs.tencentyun.com/si/api:v2@sha256:bb", "sha256:bb", s, StepHasher.Hash(s), T0);
    }

    /// <summary>A run at <paramref name="step"/> in Stepping, deployed as v2 over stable v1.</summary>
    public static RunState At(int step, IReadOnlyList<RunStep>? steps = null, int weight = 0) => New(steps) with
    {
        Phase = RunPhase.Stepping,
        StepIndex = step,
        NewVersion = "v2",
        StableVersion = "v1",
        Weight = weight,
        StepStartedAt = T0,
    };

    /// <summary>Healthy platform: deploy, ready, probes pass, traffic moves, metrics fine, finalise and roll back work.</summary>
    public static ActionResult Healthy(RunAction action) => action switch
    {
        DeployAction => new DeployedResult("v2", 42, "v1", false),
        AwaitReadyAction => new ReadinessResult(true, false, "1/1 ready"),
        ProbeAction => new ProbeResult(true, "200 status=ok"),
        SetTrafficAction t => new TrafficResult(t.Percent),
        MeasureAction m => new MeasuredResult(m.Analysis.Metrics.Select(x => new Measurement(x.Name, 0.01, null)).ToList()),
        FinaliseAction => new FinalisedResult(),
        RollbackAction => new RolledBackResult(),
        _ => new NothingResult(),
    };

    /// <summary>
    /// The invocation loop, purely: plan, execute with <paramref name="effects"/> (waits and idles do nothing), apply, and go
    /// on at the transition's time until it says never or <paramref name="limit"/> invocations ran.
    /// </summary>
    public static Driven Drive(RunState run, Func<RunAction, ActionResult> effects, DateTimeOffset? start = null, int limit = 200, Func<RunState, DateTimeOffset, RunState>? before = null)
    {
        var now = start ?? T0;
        var events = new List<RunEvent>();
        var actions = new List<RunAction>();
        for (var i = 0; i < limit; i++)
        {
            run = before?.Invoke(run, now) ?? run;
            var action = RunPlanner.Next(run, now, Deadline);
            actions.Add(action);
            var result = action is WaitAction or IdleAction ? new NothingResult() : effects(action);
            var transition = RunMachine.Apply(run, action, result, now);
            events.AddRange(transition.Events);
            run = transition.Next;
            if (transition.NextRunAt is not { } at)
            {
                break;
            }

            now = at > now ? at : now;
        }

        return new Driven(run, events, actions, now);
    }

    public static string[] Kinds(this IEnumerable<RunEvent> events) => events.Select(e => e.Kind).ToArray();
}

internal sealed record Driven(RunState Run, List<RunEvent> Events, List<RunAction> Actions, DateTimeOffset Now);
