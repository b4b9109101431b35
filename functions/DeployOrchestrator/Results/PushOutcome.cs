namespace Functions.DeployOrchestrator.Results;

/// <summary>One pushed image's outcome.</summary>
/// <param name="Image">The image.</param>
/// <param name="Outcome">started, queued, duplicate or ignored.</param>
/// <param name="Message">One line.</param>
/// <param name="RunId">The run, when there is one.</param>
internal sealed record PushOutcome(string Image, string Outcome, string Message, long? RunId);
