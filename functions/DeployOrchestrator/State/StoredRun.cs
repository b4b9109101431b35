using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.State;

/// <summary>A run as stored: its state and the guards around it.</summary>
/// <param name="State">The run.</param>
/// <param name="Version">The optimistic version: every committed step bumps it; a step expecting another does nothing.</param>
/// <param name="NextRunAt">When the pump should take its next step, or null.</param>
/// <param name="LeaseOwner">The invocation holding it, or null.</param>
/// <param name="LeaseUntil">Until when, or null.</param>
/// <param name="UpdatedAt">When it last changed.</param>
internal sealed record StoredRun(RunState State, long Version, DateTimeOffset? NextRunAt, string? LeaseOwner, DateTimeOffset? LeaseUntil, DateTimeOffset UpdatedAt);
