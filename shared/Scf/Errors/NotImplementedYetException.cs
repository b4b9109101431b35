namespace Functions.Scf.Errors;

/// <summary>
/// The event is routed to a behaviour that a later release fills in. Reported as an error, never as a
/// success, so nothing upstream mistakes a routed-but-empty command for work done.
/// </summary>
/// <param name="function">The function's name.</param>
/// <param name="what">What was asked for, e.g. "command 'backup'".</param>
public sealed class NotImplementedYetException(string function, string what)
    : FunctionException(ErrorTypes.NotImplemented, $"{function}: {what} is routed but not implemented yet.");
