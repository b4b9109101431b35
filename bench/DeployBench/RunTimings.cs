namespace Functions.DeployBench;

/// <summary>One canary, push to Succeeded: the whole, each transition (its action and wall time) and what went wrong.</summary>
/// <param name="TotalMs">Push (or start) to the end of the last step.</param>
/// <param name="StartMs">The push webhook invocation alone (ours) or nothing (the baseline has no start).</param>
/// <param name="Steps">Each transition: the action and its wall time.</param>
/// <param name="Phase">How the run ended.</param>
/// <param name="Problems">Failed invocations, skipped steps, a platform left in the wrong state.</param>
internal sealed record RunTimings(double TotalMs, double StartMs, IReadOnlyList<(string Action, double Ms)> Steps, string Phase, IReadOnlyList<string> Problems);
