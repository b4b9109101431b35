namespace Functions.DeployOrchestrator.Domain;

/// <summary>
/// The one thing an invocation does for a run, as the planner decides it. Effects are made idempotent by the
/// executor (it looks at the platform before it changes it), so a re-run after a crash does not repeat them.
/// </summary>
internal abstract record RunAction;

/// <summary>Deploy <paramref name="Image"/> as a new version with no traffic (reuse the version if one already runs this image).</summary>
/// <param name="Image">The image.</param>
internal sealed record DeployAction(string Image) : RunAction;

/// <summary>Look whether the new version is ready.</summary>
internal sealed record AwaitReadyAction : RunAction;

/// <summary>Probe the new version once.</summary>
/// <param name="Check">The probe.</param>
internal sealed record ProbeAction(HealthCheck Check) : RunAction;

/// <summary>Give the new version <paramref name="Percent"/> % of traffic and the stable version the rest.</summary>
/// <param name="Percent">0–100.</param>
internal sealed record SetTrafficAction(int Percent) : RunAction;

/// <summary>Measure every metric of an analysis once.</summary>
/// <param name="Analysis">The analysis.</param>
internal sealed record MeasureAction(AnalysisTemplate Analysis) : RunAction;

/// <summary>Nothing to do before <paramref name="Until"/> (a timed pause, an interval, an initial delay).</summary>
/// <param name="Until">When to look again.</param>
internal sealed record WaitAction(DateTimeOffset Until) : RunAction;

/// <summary>All traffic to the new version and complete the release.</summary>
internal sealed record FinaliseAction : RunAction;

/// <summary>All traffic back to the stable version and stop the new one.</summary>
/// <param name="Reason">Why.</param>
internal sealed record RollbackAction(string Reason) : RunAction;

/// <summary>Nothing to do until something changes (paused for an operator, or terminal).</summary>
/// <param name="Why">Why, for people.</param>
internal sealed record IdleAction(string Why) : RunAction;
