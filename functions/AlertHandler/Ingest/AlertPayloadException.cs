using Functions.Scf.Errors;

namespace Functions.AlertHandler.Ingest;

/// <summary>
/// An alert body that is not JSON, not a format this function reads, or has a missing or mistyped field. The message
/// names the field by its path (<c>alarmPolicyInfo.policyId</c>, <c>alerts[2].labels</c>) and never repeats the body.
/// An HTTP caller gets <see cref="HttpStatusCode"/> (400).
/// </summary>
internal sealed class AlertPayloadException : FunctionException
{
    /// <summary>The status an HTTP caller is answered with.</summary>
    public const int HttpStatusCode = 400;

    public AlertPayloadException(string message, Exception? innerException = null)
        : base(ErrorTypes.InvalidEvent, message, innerException) { }
}
