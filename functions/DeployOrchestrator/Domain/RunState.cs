namespace Functions.DeployOrchestrator.Domain;

/// <summary>
/// A deployment run as the state machine sees it: what is deployed where, which step it is on and what operators
/// asked for. The store persists exactly this (plus its version and lease); the machine never does I/O.
/// </summary>
/// <param name="Id">The run's id.</param>
/// <param name="Service">The CloudBase Run service.</param>
/// <param name="Image">The image, pinned by digest (<c>registry/ns/repo@sha256:…</c> or <c>…:tag@sha256:…</c>).</param>
/// <param name="Digest">The image digest (<c>sha256:…</c>): with the service, the run's identity.</param>
/// <param name="Steps">The strategy compiled to steps (canary as given; blue-green as health check, analysis, pause for promotion, 100 %, analysis, keep-warm).</param>
/// <param name="StepHash">A hash of <paramref name="Steps"/>, pinned for the run's life.</param>
/// <param name="Phase">Where it is.</param>
/// <param name="StepIndex">The current step in <see cref="Phase"/> Stepping; after a failure, the step that failed.</param>
/// <param name="Progress">Measurements and probes of the current step or wait.</param>
/// <param name="StableVersion">The version that served all traffic when the run started (null for a first deploy).</param>
/// <param name="NewVersion">The version this run deployed (or, for a rollback run, the revision it goes back to).</param>
/// <param name="ReleaseTaskId">The platform's release task of the new version.</param>
/// <param name="Weight">The new version's share of traffic, percent.</param>
/// <param name="Requests">What operators asked for and the run has not acted on yet.</param>
/// <param name="Reason">Why the run is where it is (the failure, the abort, the superseding digest).</param>
/// <param name="CreatedAt">When the run was created.</param>
/// <param name="PhaseStartedAt">When the current phase began (progress deadlines count from here).</param>
/// <param name="StepStartedAt">When the current step began (pauses and analysis count from here).</param>
internal sealed record RunState(
    long Id,
    string Service,
    string Image,
    string Digest,
    IReadOnlyList<RunStep> Steps,
    string StepHash,
    RunPhase Phase,
    int StepIndex,
    StepProgress Progress,
    string? StableVersion,
    string? NewVersion,
    long? ReleaseTaskId,
    int Weight,
    OperatorRequests Requests,
    string? Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset PhaseStartedAt,
    DateTimeOffset? StepStartedAt)
{
    /// <summary>Whether the run is over (<c>retry</c> may reopen a Failed one).</summary>
    public bool IsTerminal => Phase is RunPhase.Succeeded or RunPhase.Failed or RunPhase.Aborted or RunPhase.Superseded;
}
