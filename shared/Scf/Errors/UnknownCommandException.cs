namespace Functions.Scf.Errors;

/// <summary>A command event named a command the function does not know.</summary>
/// <param name="function">The function's name.</param>
/// <param name="command">The command that was asked for.</param>
/// <param name="known">The commands the function does know.</param>
public sealed class UnknownCommandException(string function, string command, IEnumerable<string> known)
    : FunctionException(
        ErrorTypes.UnknownCommand,
        $"{function} has no command '{command}'. Known commands: {string.Join(", ", known)}.");
