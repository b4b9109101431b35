using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.Platform;

/// <summary>
/// Carries out the one action the planner chose for a run against the platform, the service's health endpoint or
/// Prometheus, and says what it observed. Effects are idempotent (the executor looks before it changes anything),
/// and platform or network failures come back as <see cref="FailedResult"/>, never as exceptions.
/// </summary>
internal interface IRunExecutor
{
    /// <summary>Executes <paramref name="action"/> for <paramref name="run"/>.</summary>
    /// <param name="run">The run as stored.</param>
    /// <param name="action">What to do.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>What happened.</returns>
    Task<ActionResult> ExecuteAsync(RunState run, RunAction action, CancellationToken cancellationToken);
}
