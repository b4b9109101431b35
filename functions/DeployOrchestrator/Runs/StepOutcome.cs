namespace Functions.DeployOrchestrator.Runs;

/// <summary>What one step invocation did.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Action">The action it took (deploy, awaitReady, probe, setTraffic, measure, wait, finalise, rollback, idle), or skipped.</param>
/// <param name="Phase">The run's phase after it.</param>
/// <param name="StepIndex">The run's step after it.</param>
/// <param name="Version">The run's version after it (unchanged when skipped).</param>
/// <param name="NextRunAt">When the next step is due, or null.</param>
/// <param name="Events">What happened, one line each.</param>
internal sealed record StepOutcome(long RunId, string Action, string Phase, int StepIndex, long Version, DateTimeOffset? NextRunAt, IReadOnlyList<string> Events);
