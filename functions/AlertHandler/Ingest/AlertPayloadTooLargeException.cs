using Functions.Scf.Errors;

namespace Functions.AlertHandler.Ingest;

/// <summary>
/// An alert body larger than <see cref="AlertPayloadReader.MaxBodyBytes"/>. Kept apart from
/// <see cref="AlertPayloadException"/> because the caller is answered 413, not 400: the body may be well formed.
/// </summary>
internal sealed class AlertPayloadTooLargeException : FunctionException
{
    /// <summary>The status an HTTP caller is answered with.</summary>
    public const int HttpStatusCode = 413;

    public AlertPayloadTooLargeException(long length, int limit)
        : base(ErrorTypes.EventTooLarge, $"The alert body is {length} bytes; the limit is {limit}.")
    {
        Length = length;
        Limit = limit;
    }

    /// <summary>The body's size in bytes (an estimate within 2 bytes for Base64 bodies).</summary>
    public long Length { get; }

    /// <summary>The largest body accepted.</summary>
    public int Limit { get; }
}
