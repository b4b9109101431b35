namespace Functions.TencentCloud.Scf;

/// <summary>Which function to invoke, and how.</summary>
/// <param name="FunctionName">The function.</param>
/// <param name="Async">True for an Event (asynchronous, at-least-once, retried by SCF) invoke.</param>
/// <param name="Qualifier">Version or alias (null: $LATEST).</param>
/// <param name="Namespace">Namespace (null: default).</param>
public sealed record InvokeTarget(string FunctionName, bool Async, string? Qualifier = null, string? Namespace = null);
