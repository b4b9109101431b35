namespace Functions.TencentCloud.Scf;

/// <summary>The invoked function ran and reported an error.</summary>
/// <param name="functionName">The function.</param>
/// <param name="error">Its error message.</param>
/// <param name="functionRequestId">The execution's request id.</param>
public sealed class FunctionInvocationException(string functionName, string error, string? functionRequestId)
    : Exception($"{functionName} failed: {error} (execution {functionRequestId})")
{
    /// <summary>The function.</summary>
    public string FunctionName { get; } = functionName;

    /// <summary>The execution's request id.</summary>
    public string? FunctionRequestId { get; } = functionRequestId;
}
