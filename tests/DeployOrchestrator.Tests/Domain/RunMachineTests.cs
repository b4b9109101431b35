using Functions.DeployOrchestrator.Domain;
using static Functions.DeployOrchestrator.Tests.Domain.TestRuns;

namespace Functions.DeployOrchestrator.Tests.Domain;

[TestClass]
public sealed class RunMachineTests
{
    [TestMethod]
    public void Drive_HealthyCanary_StopsAtManualPauseThenSucceedsWhenPromoted()
    {
        var paused = Drive(New(), Healthy);

        Assert.AreEqual(RunPhase.Stepping, paused.Run.Phase);
        Assert.AreEqual(5, paused.Run.StepIndex);
        Assert.AreEqual(50, paused.Run.Weight);
        Assert.AreEqual("v1", paused.Run.StableVersion);
        Assert.AreEqual(42L, paused.Run.ReleaseTaskId);
        Assert.AreSequenceEqual(
            new[] { "deployed", "ready", "probe-passed", "health-passed", "weight-set", "waiting", "analysis-measured", "analysis-measured", "analysis-passed", "weight-set", "paused" },
            paused.Events.Kinds());
        // 2m pause, then 30s initial delay and one interval between the two measurements.
        Assert.AreEqual(T0 + TimeSpan.FromSeconds(5) + TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(30) + TimeSpan.FromMinutes(1), paused.Now);

        var promoted = RunCommands.Promote(paused.Run, paused.Now);
        Assert.IsTrue(promoted.Accepted);
        var done = Drive(promoted.Run, Healthy, paused.Now);

        Assert.AreEqual(RunPhase.Succeeded, done.Run.Phase);
        Assert.AreEqual(100, done.Run.Weight);
        Assert.AreEqual(OperatorRequests.None, done.Run.Requests);
        Assert.AreSequenceEqual(new[] { "promoted", "weight-set", "finalising", "finalised" }, done.Events.Kinds());
        Assert.IsTrue(done.Events.Single(e => e.Kind == "finalised").Notify);
    }

    [TestMethod]
    public void Drive_HealthCheckFailsBeyondLimit_RollsBackAndFails()
    {
        var run = Drive(New(), a => a is ProbeAction ? new ProbeResult(false, "503") : Healthy(a));

        Assert.AreEqual(RunPhase.Failed, run.Run.Phase);
        Assert.AreEqual(0, run.Run.Weight);
        Assert.AreEqual(0, run.Run.StepIndex);
        Assert.Contains("health check 'api' failed: 2 failed probes (limit 1); last probe: 503", run.Run.Reason!);
        Assert.AreSequenceEqual(
            new[] { "deployed", "ready", "probe-failed", "probe-failed", "health-failed", "rollback-started", "rolled-back", "failed" }, run.Events.Kinds());
        Assert.IsTrue(run.Events.Where(e => e.Kind is "health-failed" or "rollback-started" or "rolled-back" or "failed").All(e => e.Notify));
    }

    [TestMethod]
    public void Apply_UnhealthyProbePastDeadline_RollsBack()
    {
        var run = At(0) with { Progress = StepProgress.None with { LastAt = T0 } };

        var t = RunMachine.Apply(run, new ProbeAction(Check(failureLimit: 100)), new ProbeResult(false, "timeout"), T0 + TimeSpan.FromMinutes(3));

        Assert.AreEqual(RunPhase.RollingBack, t.Next.Phase);
        Assert.Contains("not passed within", t.Next.Reason!);
        Assert.AreEqual(T0 + TimeSpan.FromMinutes(3), t.NextRunAt);
    }

    [TestMethod]
    public void Apply_ProbeHealthyButNotEnough_WaitsOneInterval()
    {
        var t = RunMachine.Apply(At(0), new ProbeAction(Check()), new ProbeResult(true, "ok"), T0);

        Assert.AreEqual(0, t.Next.StepIndex);
        Assert.AreEqual(1, t.Next.Progress.ConsecutiveSuccesses);
        Assert.AreEqual(T0 + TimeSpan.FromSeconds(5), t.NextRunAt);
    }

    [TestMethod]
    public void Drive_AnalysisAboveMaximum_RollsBackAndFailsAtTheAnalysisStep()
    {
        var run = Drive(New(), a => a is MeasureAction ? new MeasuredResult([new Measurement("error-rate", 0.2, null)]) : Healthy(a));

        Assert.AreEqual(RunPhase.Failed, run.Run.Phase);
        Assert.AreEqual(3, run.Run.StepIndex);
        Assert.Contains("analysis 'errors' failed: error-rate: 0.2 above the maximum 0.05", run.Run.Reason!);
        Assert.Contains("analysis-failed", run.Events.Kinds());
        Assert.IsInstanceOfType<MeasureAction>(run.Actions[^2]);
        Assert.IsInstanceOfType<RollbackAction>(run.Actions[^1]);
    }

    [TestMethod]
    public void Drive_FailuresWithinLimit_Pass()
    {
        var analysis = Analysis(count: 3, metrics: Metric(failureLimit: 1));
        var values = new Queue<double>([0.2, 0.01, 0.01]);
        var run = Drive(New(Canary(analysis)), a => a is MeasureAction ? new MeasuredResult([new Measurement("error-rate", values.Dequeue(), null)]) : Healthy(a));

        Assert.AreEqual(5, run.Run.StepIndex);
        Assert.AreEqual(3, run.Events.Count(e => e.Kind == "analysis-measured"));
    }

    [TestMethod]
    public void Drive_ErrorsBeyondConsecutiveLimit_Fail()
    {
        var analysis = Analysis(metrics: Metric(consecutiveErrorLimit: 2));
        var run = Drive(New(Canary(analysis)), a => a is MeasureAction ? new MeasuredResult([new Measurement("error-rate", null, "prometheus: 502")]) : Healthy(a));

        Assert.AreEqual(RunPhase.Failed, run.Run.Phase);
        Assert.AreEqual(3, run.Events.Count(e => e.Kind == "analysis-measured"));
        Assert.Contains("3 in a row, limit 2", run.Run.Reason!);
    }

    [TestMethod]
    [DataRow("Fail", "Failed", 3, false)]
    [DataRow("Inconclusive", "Stepping", 3, true)]
    [DataRow("Pass", "Stepping", 5, false)]
    public void Drive_NoData_FollowsPolicy(string noData, string expectedPhase, int step, bool paused)
    {
        var policy = Enum.Parse<NoDataPolicy>(noData);
        var phase = Enum.Parse<RunPhase>(expectedPhase);
        var analysis = Analysis(metrics: Metric(noData: policy));
        var run = Drive(New(Canary(analysis)), a => a is MeasureAction ? new MeasuredResult([new Measurement("error-rate", null, null)]) : Healthy(a));

        Assert.AreEqual(phase, run.Run.Phase);
        Assert.AreEqual(step, run.Run.StepIndex);
        Assert.AreEqual(paused, run.Run.Requests.Paused);
    }

    [TestMethod]
    public void Apply_NaNValue_IsNoData()
    {
        var analysis = Analysis(metrics: Metric(noData: NoDataPolicy.Fail));
        var run = At(3, Canary(analysis));

        var t = RunMachine.Apply(run, new MeasureAction(analysis), new MeasuredResult([new Measurement("error-rate", double.NaN, null)]), T0);

        Assert.AreEqual(RunPhase.RollingBack, t.Next.Phase);
        Assert.Contains("no data", t.Next.Reason!);
    }

    [TestMethod]
    public void Drive_Inconclusive_PausesThenResumeMeasuresAgainAndPromoteSkips()
    {
        var analysis = Analysis(metrics: Metric(noData: NoDataPolicy.Inconclusive));
        var paused = Drive(At(3, Canary(analysis), weight: 10), a => a is MeasureAction ? new MeasuredResult([new Measurement("error-rate", null, null)]) : Healthy(a));

        Assert.IsTrue(paused.Run.Requests.Paused);
        var inconclusive = paused.Events.Single(e => e.Kind == "analysis-inconclusive");
        Assert.IsTrue(inconclusive.Notify);
        Assert.IsInstanceOfType<IdleAction>(RunPlanner.Next(paused.Run, paused.Now + TimeSpan.FromHours(1), Deadline));

        var resumed = Drive(RunCommands.Resume(paused.Run, paused.Now).Run, Healthy, paused.Now);
        Assert.AreEqual(5, resumed.Run.StepIndex);

        var promoted = Drive(RunCommands.Promote(paused.Run, paused.Now).Run, Healthy, paused.Now);
        Assert.AreEqual(5, promoted.Run.StepIndex);
        Assert.AreEqual("promoted", promoted.Events[0].Kind);
        Assert.IsEmpty(promoted.Actions.OfType<MeasureAction>());
    }

    [TestMethod]
    public void Apply_InconclusiveWithFailAction_RollsBack()
    {
        var analysis = Analysis(inconclusive: InconclusiveAction.Fail, metrics: Metric(noData: NoDataPolicy.Inconclusive));

        var t = RunMachine.Apply(At(3, Canary(analysis)), new MeasureAction(analysis), new MeasuredResult([new Measurement("error-rate", null, null)]), T0);

        Assert.AreEqual(RunPhase.RollingBack, t.Next.Phase);
        Assert.AreSequenceEqual(new[] { "analysis-measured", "analysis-inconclusive", "rollback-started" }, t.Events.Kinds());
    }

    [TestMethod]
    public void Drive_NeverReady_RollsBackAtProgressDeadline()
    {
        var run = Drive(New(), a => a is AwaitReadyAction ? new ReadinessResult(false, false, "0/1 ready: CrashLoopBackOff") : Healthy(a));

        Assert.AreEqual(RunPhase.Failed, run.Run.Phase);
        Assert.Contains("progress deadline exceeded", run.Run.Reason!);
        Assert.ContainsSingle(run.Events.Where(e => e.Kind == "not-ready"));
        Assert.IsGreaterThan(Deadline, run.Now - T0);
        Assert.IsLessThanOrEqualTo(Deadline + RunMachine.ReadinessPollInterval, run.Now - T0);
    }

    [TestMethod]
    public void Apply_ReleaseBroken_RollsBackWithTheReason()
    {
        var run = New() with { Phase = RunPhase.WaitingReady, NewVersion = "v2" };

        var t = RunMachine.Apply(run, new AwaitReadyAction(), new ReadinessResult(false, true, "image pull failed"), T0);

        Assert.AreEqual(RunPhase.RollingBack, t.Next.Phase);
        Assert.AreEqual("release failed: image pull failed", t.Next.Reason);
        Assert.AreSequenceEqual(new[] { "release-failed", "rollback-started" }, t.Events.Kinds());
    }

    [TestMethod]
    public void Drive_AbortDuringPauseWithPendingPromote_AbortWins()
    {
        var atPause = At(5, weight: 50);
        var promoted = RunCommands.Promote(atPause, T0).Run;
        var aborted = RunCommands.Abort(promoted, T0);

        Assert.IsTrue(aborted.Accepted);
        Assert.IsFalse(aborted.Run.Requests.Promote);
        Assert.IsFalse(RunCommands.Promote(aborted.Run, T0).Accepted);
        var run = Drive(aborted.Run, Healthy);

        Assert.AreEqual(RunPhase.Aborted, run.Run.Phase);
        Assert.AreEqual(0, run.Run.Weight);
        Assert.AreEqual("aborted by an operator", run.Run.Reason);
        Assert.AreSequenceEqual(new[] { "rolled-back", "aborted" }, run.Events.Kinds());
    }

    [TestMethod]
    public void Drive_PromoteFull_SkipsRemainingStepsAndFinalises()
    {
        var run = Drive(RunCommands.PromoteFull(At(2, weight: 10), T0).Run, Healthy);

        Assert.AreEqual(RunPhase.Succeeded, run.Run.Phase);
        Assert.AreEqual(100, run.Run.Weight);
        Assert.AreSequenceEqual(new[] { "promoted-full", "finalised" }, run.Events.Kinds());
        Assert.HasCount(1, run.Actions);
    }

    [TestMethod]
    public void Drive_PauseThenResume_HoldsThenGoesOn()
    {
        var paused = RunCommands.Pause(At(1), T0).Run;
        var held = Drive(paused, Healthy);

        Assert.AreEqual(1, held.Run.StepIndex);
        Assert.IsInstanceOfType<IdleAction>(held.Actions.Single());

        var resumed = Drive(RunCommands.Resume(held.Run, T0).Run, Healthy);
        Assert.AreEqual(5, resumed.Run.StepIndex);
    }

    [TestMethod]
    public void Drive_RetryAfterAnalysisFailure_ResumesAtTheFailedStepWithTrafficRestored()
    {
        var failing = true;
        var failed = Drive(New(), a => a is MeasureAction && failing ? new MeasuredResult([new Measurement("error-rate", 0.5, null)]) : Healthy(a));
        Assert.AreEqual(RunPhase.Failed, failed.Run.Phase);

        failing = false;
        var retry = RunCommands.Retry(failed.Run, failed.Now);
        Assert.IsTrue(retry.Accepted);
        Assert.AreEqual(RunPhase.Deploying, retry.Run.Phase);
        Assert.AreEqual(3, retry.Run.StepIndex);
        var run = Drive(retry.Run, a => a is DeployAction ? new DeployedResult("v2", 42, "v1", true) : Healthy(a), failed.Now);

        Assert.AreEqual(1L, run.Run.Id);
        Assert.AreEqual(5, run.Run.StepIndex);
        Assert.AreEqual("deploy-reused", run.Events[0].Kind);
        Assert.AreEqual(new SetTrafficAction(10), run.Actions[2]);
        Assert.IsEmpty(run.Actions.OfType<ProbeAction>());
    }

    [TestMethod]
    public void Drive_Superseded_RollsBackAndEndsSuperseded()
    {
        var superseded = RunCommands.Supersede(At(4, weight: 10), "sha256:cc", T0);
        var run = Drive(superseded.Run, Healthy);

        Assert.AreEqual(RunPhase.Superseded, run.Run.Phase);
        Assert.AreEqual("superseded by sha256:cc", run.Run.Reason);
        Assert.AreEqual(new RollbackAction("superseded by sha256:cc"), run.Actions.Single());
        Assert.AreSequenceEqual(new[] { "rolled-back", "superseded" }, run.Events.Kinds());
    }

    [TestMethod]
    public void Drive_QueuedRunSuperseded_EndsWithoutTouchingThePlatform()
    {
        var queued = RunFactory.Create(2, "superinsight", "img", "sha256:bb", Canary(), "h", T0, queued: true);
        var run = Drive(RunCommands.Supersede(queued, "sha256:cc", T0).Run, a => throw new InvalidOperationException($"no effect expected, got {a}"));

        Assert.AreEqual(RunPhase.Superseded, run.Run.Phase);
    }

    [TestMethod]
    public void Apply_TransientFailure_KeepsStateAndRetriesIn30s()
    {
        var run = At(1);

        var t = RunMachine.Apply(run, new SetTrafficAction(10), new FailedResult("CloudBase 503", Transient: true), T0);

        Assert.AreSame(run, t.Next);
        Assert.AreEqual(T0 + TimeSpan.FromSeconds(30), t.NextRunAt);
        Assert.AreEqual("effect-failed", t.Events.Single().Kind);
    }

    [TestMethod]
    public void Apply_PermanentFailure_RollsBack()
    {
        var t = RunMachine.Apply(At(1), new SetTrafficAction(10), new FailedResult("invalid traffic config", Transient: false), T0);

        Assert.AreEqual(RunPhase.RollingBack, t.Next.Phase);
        Assert.AreEqual("traffic shift to 10% failed: invalid traffic config", t.Next.Reason);
        Assert.AreSequenceEqual(new[] { "effect-failed", "rollback-started" }, t.Events.Kinds());
        Assert.IsTrue(t.Events.All(e => e.Notify));
        Assert.AreEqual(T0, t.NextRunAt);
    }

    [TestMethod]
    public void Apply_RollbackFailsPermanently_StaysRollingBackAndTriesAgain()
    {
        var rollingBack = At(3) with { Phase = RunPhase.RollingBack, Reason = "analysis failed" };

        var t = RunMachine.Apply(rollingBack, new RollbackAction("analysis failed"), new FailedResult("forbidden", Transient: false), T0);

        Assert.AreEqual(RunPhase.RollingBack, t.Next.Phase);
        Assert.AreEqual("analysis failed", t.Next.Reason);
        Assert.AreEqual(T0 + RunMachine.EffectRetryDelay, t.NextRunAt);
        Assert.IsTrue(t.Events.Single().Notify);
    }

    [TestMethod]
    public void Apply_AbortRollbackFails_RollsBackUntilItEndsAborted()
    {
        var aborted = RunCommands.Abort(At(2, weight: 10), T0).Run;
        var failed = RunMachine.Apply(aborted, RunPlanner.Next(aborted, T0, Deadline), new FailedResult("timeout", false), T0).Next;

        Assert.AreEqual(RunPhase.RollingBack, failed.Phase);
        var run = Drive(failed, Healthy, T0 + TimeSpan.FromSeconds(30));
        Assert.AreEqual(RunPhase.Aborted, run.Run.Phase);
    }

    [TestMethod]
    public void Drive_RollbackRun_SendsAllTrafficToTheTargetWithoutDeployOrAnalysis()
    {
        var rollback = RunFactory.Rollback(7, "superinsight", "v1", "v2", "img@sha256:aa", "sha256:aa", T0);

        var run = Drive(rollback, Healthy);

        Assert.AreEqual(RunPhase.Succeeded, run.Run.Phase);
        Assert.AreEqual("v1", run.Run.NewVersion);
        Assert.AreSequenceEqual(new RunAction[] { new SetTrafficAction(100), new FinaliseAction() }, run.Actions);
    }

    [TestMethod]
    public void Apply_TerminalRun_ChangesNothing()
    {
        var done = At(6) with { Phase = RunPhase.Succeeded };

        var t = RunMachine.Apply(done, new FinaliseAction(), new FinalisedResult(), T0);

        Assert.AreSame(done, t.Next);
        Assert.IsNull(t.NextRunAt);
        Assert.IsEmpty(t.Events);
    }
}
