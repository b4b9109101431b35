using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.Platform;

/// <summary>Sends each action to what carries it out: CloudBase Run, an HTTP probe or Prometheus.</summary>
/// <param name="deployer">Deploys, shifts traffic, finalises and rolls back.</param>
/// <param name="probe">Probes the new version.</param>
/// <param name="analysis">Measures an analysis's metrics.</param>
internal sealed class RunExecutor(CloudRunDeployer deployer, HttpHealthProbe probe, PrometheusAnalysis analysis) : IRunExecutor
{
    /// <inheritdoc />
    public async Task<ActionResult> ExecuteAsync(RunState run, RunAction action, CancellationToken cancellationToken) => action switch
    {
        DeployAction deploy => await deployer.DeployAsync(run, deploy.Image, cancellationToken),
        AwaitReadyAction => await deployer.AwaitReadyAsync(run, cancellationToken),
        ProbeAction probeAction => await probe.ProbeAsync(run, probeAction.Check, cancellationToken),
        SetTrafficAction traffic => await deployer.SetTrafficAsync(run, traffic.Percent, cancellationToken),
        MeasureAction measure => await analysis.MeasureAsync(run, measure.Analysis, cancellationToken),
        FinaliseAction => await deployer.FinaliseAsync(run, cancellationToken),
        RollbackAction rollback => await deployer.RollbackAsync(run, rollback.Reason, cancellationToken),
        WaitAction or IdleAction => new NothingResult(),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "the executor does not know this action"),
    };
}
