using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.Tests.Platform;

/// <summary>Runs as the store would hand them to the executor.</summary>
internal static class Runs
{
    public static RunState New(string service, string image, long id = 7)
    {
        var now = new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
        return new RunState(
            id, service, image, image[(image.IndexOf('@', StringComparison.Ordinal) + 1)..], [], "hash", RunPhase.Deploying, 0, StepProgress.None,
            null, null, null, 0, OperatorRequests.None, null, now, now, null);
    }

    /// <summary>The run after the executor's deploy result was recorded.</summary>
    public static RunState Deployed(RunState run, DeployedResult deployed) =>
        run with { Phase = RunPhase.Stepping, NewVersion = deployed.Version, StableVersion = deployed.StableVersion, ReleaseTaskId = deployed.TaskId };
}
