using Functions.DeployOrchestrator.Domain;
using static Functions.DeployOrchestrator.Tests.Domain.TestRuns;

namespace Functions.DeployOrchestrator.Tests.Domain;

[TestClass]
public sealed class RunCommandsTests
{
    [TestMethod]
    public void Promote_NotAtAPause_RefusedAndPointsToPromoteFull()
    {
        var outcome = RunCommands.Promote(At(1), T0);

        Assert.IsFalse(outcome.Accepted);
        Assert.Contains("promoteFull", outcome.Refusal!);
    }

    [TestMethod]
    public void Abort_TerminalRun_Refused()
    {
        var outcome = RunCommands.Abort(At(1) with { Phase = RunPhase.Succeeded }, T0);

        Assert.AreEqual("the run already ended as Succeeded", outcome.Refusal);
    }

    [TestMethod]
    public void Retry_NotFailed_Refused()
    {
        Assert.AreEqual("retry only applies to a Failed run (this one is Aborted)", RunCommands.Retry(At(1) with { Phase = RunPhase.Aborted }, T0).Refusal);
    }

    [TestMethod]
    public void Retry_Failed_RedeploysSameRunAtTheFailedStep()
    {
        var failed = At(3) with { Phase = RunPhase.Failed, Reason = "analysis failed", Progress = StepProgress.None with { Failures = 2 } };

        var run = RunCommands.Retry(failed, T0 + TimeSpan.FromHours(1)).Run;

        Assert.AreEqual((RunPhase.Deploying, 3, (string?)null, 0, T0 + TimeSpan.FromHours(1)), (run.Phase, run.StepIndex, run.Reason, run.Progress.Failures, run.PhaseStartedAt));
    }

    [TestMethod]
    public void PauseResume_RollingBack_PauseRefused()
    {
        Assert.AreEqual("the run is rolling back", RunCommands.Pause(At(1) with { Phase = RunPhase.RollingBack }, T0).Refusal);
        Assert.IsFalse(RunCommands.Resume(At(1), T0).Accepted);
    }

    [TestMethod]
    public void Start_Queued_Deploys()
    {
        var queued = RunFactory.Create(2, "s", "i", "d", Canary(), "h", T0, queued: true);

        Assert.AreEqual(RunPhase.Deploying, RunCommands.Start(queued, T0).Run.Phase);
        Assert.IsFalse(RunCommands.Start(New(), T0).Accepted);
    }
}
