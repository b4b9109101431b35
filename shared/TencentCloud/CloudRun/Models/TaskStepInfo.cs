namespace Functions.TencentCloud.CloudRun.Models;

/// <summary>One step of a release task.</summary>
/// <param name="Name">The step.</param>
/// <param name="Status"><c>todo</c>, <c>running</c>, <c>failed</c> or <c>finished</c>.</param>
/// <param name="CostTime">Seconds it took.</param>
/// <param name="FailReason">Why it failed.</param>
public sealed record TaskStepInfo(string? Name, string? Status, long? CostTime, string? FailReason);
