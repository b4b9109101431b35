namespace Functions.Scf.Hosting;

/// <summary>What one invocation produced: a result or an error, never both.</summary>
public sealed class InvocationOutcome
{
    private InvocationOutcome(InvocationResult? result, InvocationError? error)
    {
        Result = result;
        Error = error;
    }

    /// <summary>The result when the invocation succeeded.</summary>
    public InvocationResult? Result { get; }

    /// <summary>The error when it failed.</summary>
    public InvocationError? Error { get; }

    /// <summary>True when there is a result.</summary>
    public bool Succeeded => Result is not null;

    /// <summary>A success.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The outcome.</returns>
    public static InvocationOutcome Success(InvocationResult result) => new(result, null);

    /// <summary>A failure.</summary>
    /// <param name="error">The error.</param>
    /// <returns>The outcome.</returns>
    public static InvocationOutcome Failure(InvocationError error) => new(null, error);
}
