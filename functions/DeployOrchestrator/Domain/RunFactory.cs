namespace Functions.DeployOrchestrator.Domain;

/// <summary>New runs: a deployment of a pushed image, and a rollback to a previous revision.</summary>
internal static class RunFactory
{
    /// <summary>A run deploying <paramref name="image"/> through <paramref name="steps"/>.</summary>
    /// <param name="id">The run's id.</param>
    /// <param name="service">The service.</param>
    /// <param name="image">The image, pinned by digest.</param>
    /// <param name="digest">The image digest.</param>
    /// <param name="steps">The service's compiled strategy.</param>
    /// <param name="stepHash">Their hash (<see cref="StepHasher"/>).</param>
    /// <param name="now">The time of the push.</param>
    /// <param name="queued">True when another run of the service is still active (it starts with <see cref="RunCommands.Start"/>).</param>
    /// <returns>The run, Deploying or Queued.</returns>
    public static RunState Create(long id, string service, string image, string digest, IReadOnlyList<RunStep> steps, string stepHash, DateTimeOffset now, bool queued = false) =>
        new(id, service, image, digest, steps, stepHash, queued ? RunPhase.Queued : RunPhase.Deploying, 0, StepProgress.None,
            StableVersion: null, NewVersion: null, ReleaseTaskId: null, Weight: 0, OperatorRequests.None, Reason: null, now, now, StepStartedAt: null);

    /// <summary>
    /// A rollback to a previous revision that still exists: all traffic to it in one step, no deploy, no health check and
    /// no analysis (Argo's rollback window). Finalising completes it like any release.
    /// </summary>
    /// <param name="id">The run's id.</param>
    /// <param name="service">The service.</param>
    /// <param name="targetVersion">The revision to go back to (becomes <see cref="RunState.NewVersion"/>).</param>
    /// <param name="stableVersion">The version serving traffic now (what a failed rollback run returns to).</param>
    /// <param name="image">The target revision's image, as recorded.</param>
    /// <param name="digest">Its digest, as recorded.</param>
    /// <param name="now">The time of the command.</param>
    /// <returns>The run, Stepping at its only step.</returns>
    public static RunState Rollback(long id, string service, string targetVersion, string? stableVersion, string image, string digest, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetVersion);
        IReadOnlyList<RunStep> steps = [new SetWeightStep(100)];
        return new(id, service, image, digest, steps, StepHasher.Hash(steps), RunPhase.Stepping, 0, StepProgress.None,
            stableVersion, targetVersion, ReleaseTaskId: null, Weight: 0, OperatorRequests.None, Reason: $"rollback to {targetVersion}", now, now, now);
    }
}
