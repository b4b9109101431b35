using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Runs;

/// <summary>What asked for an evaluation and how it may act.</summary>
/// <param name="Source">timer, scale, set or evaluate: for the audit and errors.</param>
/// <param name="DryRun">Decide and record, change nothing.</param>
/// <param name="Alarm">The forwarded alarm, for <c>scale</c>.</param>
internal sealed record EvaluationRequest(string Source, bool DryRun, AlarmRequest? Alarm = null);
