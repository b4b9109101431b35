using Functions.Scf.Events;

namespace Functions.Scf.Hosting;

/// <summary>A function's entry point: routes a classified event to the function's domain.</summary>
public interface IFunctionHandler
{
    /// <summary>Handles one event.</summary>
    /// <param name="invocationEvent">The classified event.</param>
    /// <param name="context">The invocation's id, limits and deadline.</param>
    /// <param name="cancellationToken">Cancelled at the invocation's deadline or on shutdown.</param>
    /// <returns>The result to return to the caller.</returns>
    /// <exception cref="Errors.FunctionException">An expected failure, reported with its error type.</exception>
    Task<InvocationResult> HandleAsync(InvocationEvent invocationEvent, InvocationContext context, CancellationToken cancellationToken);
}
