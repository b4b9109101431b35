namespace Functions.DeployOrchestrator.Results;

/// <summary>An event of a run's log.</summary>
/// <param name="At">When.</param>
/// <param name="Kind">What kind.</param>
/// <param name="Message">One line.</param>
/// <param name="Phase">The phase after it.</param>
internal sealed record EventView(DateTimeOffset At, string Kind, string Message, string Phase);
