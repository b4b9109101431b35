namespace Functions.DeployOrchestrator.Results;

/// <summary>What a TCR webhook did.</summary>
/// <param name="Type">The event type.</param>
/// <param name="Pushes">Per pushed image: the run that handles it, or why it was ignored.</param>
internal sealed record WebhookResult(string Type, IReadOnlyList<PushOutcome> Pushes);
