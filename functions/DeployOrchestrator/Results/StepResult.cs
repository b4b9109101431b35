using Functions.DeployOrchestrator.Runs;

namespace Functions.DeployOrchestrator.Results;

/// <summary>What a step or a pump did.</summary>
/// <param name="Steps">Each step taken.</param>
internal sealed record StepResult(IReadOnlyList<StepOutcome> Steps);
