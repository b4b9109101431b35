namespace Functions.Scf.Errors;

/// <summary>The <c>errorType</c> values the host reports.</summary>
public static class ErrorTypes
{
    /// <summary>The event is not valid JSON or has the wrong shape or field types.</summary>
    public const string InvalidEvent = "InvalidEvent";

    /// <summary>The event is larger than <c>MAX_EVENT_BYTES</c>.</summary>
    public const string EventTooLarge = "EventTooLarge";

    /// <summary>The function does not serve this kind of event.</summary>
    public const string UnsupportedEvent = "UnsupportedEvent";

    /// <summary>The command is not one the function knows.</summary>
    public const string UnknownCommand = "UnknownCommand";

    /// <summary>The command's arguments are missing or invalid.</summary>
    public const string InvalidArguments = "InvalidArguments";

    /// <summary>The handler did not finish before the invocation's deadline.</summary>
    public const string Timeout = "Timeout";

    /// <summary>The process was asked to stop (SIGTERM) while the invocation ran.</summary>
    public const string Shutdown = "Shutdown";

    /// <summary>The behaviour is routed but arrives with a later release.</summary>
    public const string NotImplemented = "NotImplemented";
}
