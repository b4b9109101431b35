namespace Functions.DeployOrchestrator.Domain;

/// <summary>What an operator command did: the run's new state, or why it was refused (the run unchanged).</summary>
/// <param name="Run">The run after the command (unchanged when refused).</param>
/// <param name="Refusal">Why the command does not apply, for the operator; null when accepted.</param>
internal sealed record CommandOutcome(RunState Run, string? Refusal)
{
    /// <summary>Whether the command was accepted.</summary>
    public bool Accepted => Refusal is null;

    /// <summary>An accepted command.</summary>
    /// <param name="run">The new state.</param>
    /// <returns>The outcome.</returns>
    public static CommandOutcome Accept(RunState run) => new(run, null);

    /// <summary>A refused command.</summary>
    /// <param name="run">The unchanged run.</param>
    /// <param name="why">Why.</param>
    /// <returns>The outcome.</returns>
    public static CommandOutcome Refuse(RunState run, string why) => new(run, why);
}
