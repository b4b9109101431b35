namespace Functions.Scf.Errors;

/// <summary>A command's arguments are missing or have the wrong type or value.</summary>
/// <param name="message">What was wrong, naming the field and what would be right.</param>
public sealed class InvalidArgumentsException(string message)
    : FunctionException(ErrorTypes.InvalidArguments, message);
