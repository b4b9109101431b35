namespace Functions.Scf.Errors;

/// <summary>
/// A failure the function expects and explains: the host reports it with its <see cref="ErrorType"/> and message,
/// without a stack trace, and the runtime loop goes on.
/// </summary>
public class FunctionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errorType">A stable, machine-readable error type (see <see cref="ErrorTypes"/>).</param>
    /// <param name="message">A message for the operator that says what was wrong and what would be right.</param>
    /// <param name="innerException">The cause, if any.</param>
    public FunctionException(string errorType, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorType = errorType;
    }

    /// <summary>The error type reported to the platform as <c>errorType</c>.</summary>
    public string ErrorType { get; }
}
