namespace Functions.DeployOrchestrator.Runs;

/// <summary>What a push or a deploy command did.</summary>
/// <param name="RunId">The run that handles it.</param>
/// <param name="Outcome">started, queued or duplicate.</param>
/// <param name="Message">One line for people.</param>
internal sealed record StartOutcome(long RunId, string Outcome, string Message);
