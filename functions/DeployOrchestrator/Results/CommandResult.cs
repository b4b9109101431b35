namespace Functions.DeployOrchestrator.Results;

/// <summary>What an operator's command did.</summary>
/// <param name="Command">The command.</param>
/// <param name="Accepted">Whether it changed the run.</param>
/// <param name="Message">What happened or why not.</param>
/// <param name="Run">The run after it, when there is one.</param>
internal sealed record CommandResult(string Command, bool Accepted, string Message, RunView? Run);
