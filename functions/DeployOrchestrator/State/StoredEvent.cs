namespace Functions.DeployOrchestrator.State;

/// <summary>One entry of a run's event log.</summary>
/// <param name="Seq">Its position.</param>
/// <param name="At">When.</param>
/// <param name="Kind">What kind of event.</param>
/// <param name="Message">One line for people.</param>
/// <param name="Phase">The run's phase after it.</param>
/// <param name="StepIndex">The run's step after it.</param>
/// <param name="RunVersion">The run's version it belongs to.</param>
internal sealed record StoredEvent(int Seq, DateTimeOffset At, string Kind, string Message, string Phase, int StepIndex, long RunVersion);
