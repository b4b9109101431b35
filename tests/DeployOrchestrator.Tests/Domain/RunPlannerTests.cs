using Functions.DeployOrchestrator.Domain;
using static Functions.DeployOrchestrator.Tests.Domain.TestRuns;

namespace Functions.DeployOrchestrator.Tests.Domain;

[TestClass]
public sealed class RunPlannerTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    public static IEnumerable<object[]> Cases()
    {
        var measuring = At(3, weight: 10);
        var analysis = ((AnalysisStep)measuring.Steps[3]).Analysis;
        object[] Case(string name, RunState run, TimeSpan after, RunAction expected) => [name, run, after, expected];
        yield return Case("queued idles", New() with { Phase = RunPhase.Queued }, TimeSpan.Zero, new IdleAction("waiting for the service's active run to finish"));
        yield return Case("deploying deploys the image", New(), TimeSpan.Zero, new DeployAction(New().Image));
        yield return Case("waiting ready polls", New() with { Phase = RunPhase.WaitingReady, NewVersion = "v2" }, 9 * Minute, new AwaitReadyAction());
        yield return Case("past the progress deadline rolls back", New() with { Phase = RunPhase.WaitingReady, NewVersion = "v2" }, 11 * Minute,
            new RollbackAction("progress deadline exceeded: v2 not ready within 00:10:00"));
        yield return Case("health check probes at once", At(0), TimeSpan.Zero, new ProbeAction(Check()));
        yield return Case("health check waits an interval", At(0) with { Progress = StepProgress.None with { LastAt = T0 } }, TimeSpan.FromSeconds(2),
            new WaitAction(T0 + TimeSpan.FromSeconds(5)));
        yield return Case("set weight shifts traffic", At(1), TimeSpan.Zero, new SetTrafficAction(10));
        yield return Case("timed pause waits until due", At(2, weight: 10), TimeSpan.Zero, new WaitAction(T0 + 2 * Minute));
        yield return Case("analysis waits the initial delay", At(3, weight: 10), TimeSpan.Zero, new WaitAction(T0 + TimeSpan.FromSeconds(30)));
        yield return Case("analysis measures when due", measuring, Minute, new MeasureAction(analysis));
        yield return Case("analysis waits an interval after a measurement", At(3, weight: 10) with { Progress = StepProgress.None with { LastAt = T0 + Minute } },
            Minute + TimeSpan.FromSeconds(1), new WaitAction(T0 + 2 * Minute));
        yield return Case("manual pause idles", At(5, weight: 50), TimeSpan.FromHours(5), new IdleAction("paused until promoted"));
        yield return Case("promoted manual pause is due now", At(5, weight: 50) with { Requests = OperatorRequests.None with { Promote = true } }, TimeSpan.Zero, new WaitAction(T0));
        yield return Case("keep-warm waits its window", At(0, [new KeepWarmStep(10 * Minute)], weight: 100), Minute, new WaitAction(T0 + 10 * Minute));
        yield return Case("past the last step finalises", At(7, weight: 100), TimeSpan.Zero, new FinaliseAction());
        yield return Case("promoteFull finalises", At(2, weight: 10) with { Requests = OperatorRequests.None with { PromoteFull = true } }, TimeSpan.Zero, new FinaliseAction());
        yield return Case("retried run restores traffic first", At(3), Minute, new SetTrafficAction(10));
        yield return Case("finalising finalises", At(7, weight: 100) with { Phase = RunPhase.Finalising }, TimeSpan.Zero, new FinaliseAction());
        yield return Case("rolling back rolls back", At(3) with { Phase = RunPhase.RollingBack, Reason = "bad" }, TimeSpan.Zero, new RollbackAction("bad"));
        yield return Case("rolling back ignores a pause", At(3) with { Phase = RunPhase.RollingBack, Reason = "bad", Requests = OperatorRequests.None with { Paused = true } },
            TimeSpan.Zero, new RollbackAction("bad"));
        yield return Case("paused idles", At(1) with { Requests = OperatorRequests.None with { Paused = true } }, TimeSpan.Zero, new IdleAction("paused by an operator"));
        yield return Case("abort wins over promote and pause", At(5) with { Requests = new OperatorRequests(true, true, true, true, null) }, TimeSpan.Zero,
            new RollbackAction("aborted by an operator"));
        yield return Case("superseded rolls back", At(1) with { Requests = OperatorRequests.None with { SupersededBy = "sha256:cc" } }, TimeSpan.Zero,
            new RollbackAction("superseded by sha256:cc"));
        yield return Case("terminal idles", At(1) with { Phase = RunPhase.Aborted, Requests = OperatorRequests.None with { Abort = true } }, TimeSpan.Zero,
            new IdleAction("the run is Aborted"));
    }

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void Next_Table_DecidesTheOneAction(string name, object run, TimeSpan after, object expected)
    {
        var action = RunPlanner.Next((RunState)run, T0 + after, Deadline);

        Assert.AreEqual((RunAction)expected, action, name);
    }
}
