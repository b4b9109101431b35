namespace Functions.DeployOrchestrator.Domain;

/// <summary>Where a deployment run is.</summary>
internal enum RunPhase
{
    /// <summary>Waiting for the service's active run to finish (a newer push superseded it, or it is rolling back).</summary>
    Queued,

    /// <summary>Deploying the new version with no traffic (a gray release).</summary>
    Deploying,

    /// <summary>Waiting until the new version is ready, within the progress deadline.</summary>
    WaitingReady,

    /// <summary>Running the strategy's steps; <see cref="RunState.StepIndex"/> says which.</summary>
    Stepping,

    /// <summary>All traffic on the new version; completing the release.</summary>
    Finalising,

    /// <summary>Sending traffic back to the stable version and stopping the new one.</summary>
    RollingBack,

    /// <summary>Terminal: the new version serves all traffic.</summary>
    Succeeded,

    /// <summary>Terminal until <c>retry</c>: a step failed and traffic is back on the stable version.</summary>
    Failed,

    /// <summary>Terminal: an operator aborted and traffic is back on the stable version.</summary>
    Aborted,

    /// <summary>Terminal: a newer image for the service replaced this run; traffic is back on the stable version.</summary>
    Superseded,
}
