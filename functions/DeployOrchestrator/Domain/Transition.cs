namespace Functions.DeployOrchestrator.Domain;

/// <summary>What a step did to a run: its next state, what to record, and when to look again.</summary>
/// <param name="Next">The run's next state.</param>
/// <param name="Events">What happened, for the append-only event log (and notifications).</param>
/// <param name="NextRunAt">When the next step is due: now to chain at once, a later time for the pump, null for never (idle or terminal).</param>
internal sealed record Transition(RunState Next, IReadOnlyList<RunEvent> Events, DateTimeOffset? NextRunAt);

/// <summary>One entry of a run's event log.</summary>
/// <param name="Kind">e.g. deployed, ready, probe-failed, weight-set, analysis-failed, paused, promoted, finalised, rolled-back, superseded, aborted.</param>
/// <param name="Message">One line for people.</param>
/// <param name="Notify">Whether it matters enough to notify (state changes and every failure path).</param>
internal sealed record RunEvent(string Kind, string Message, bool Notify);
