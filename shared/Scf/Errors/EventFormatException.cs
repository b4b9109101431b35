namespace Functions.Scf.Errors;

/// <summary>The event is not valid JSON, not a shape this function knows, or has a field of the wrong type.</summary>
public sealed class EventFormatException : FunctionException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was expected and what was found, naming the field.</param>
    /// <param name="innerException">The parser error, if any.</param>
    public EventFormatException(string message, Exception? innerException = null)
        : base(ErrorTypes.InvalidEvent, message, innerException) { }

    /// <summary>Creates the exception with a specific error type (for example <see cref="ErrorTypes.EventTooLarge"/>).</summary>
    /// <param name="errorType">The error type reported to the platform.</param>
    /// <param name="message">What was wrong.</param>
    public EventFormatException(string errorType, string message)
        : base(errorType, message) { }
}
