using System.Globalization;

namespace Functions.ObjectStorage;

/// <summary>
/// An object storage operation failed: the service answered with an error (parsed from its <c>&lt;Error&gt;</c>
/// body, also when it came with a 200), the connection failed for good, or the stored object did not check out.
/// The message names the operation and the key; it never holds credentials.
/// </summary>
public sealed class ObjectStorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="operation">The operation, e.g. <c>UploadPart</c>.</param>
    /// <param name="key">The object key, or null for a bucket-level operation.</param>
    /// <param name="statusCode">The HTTP status, or 0 when there was no answer.</param>
    /// <param name="code">The error code, e.g. <c>NoSuchKey</c>.</param>
    /// <param name="serviceMessage">The service's message, if any.</param>
    /// <param name="requestId">The service's request id, if any.</param>
    /// <param name="resource">The resource the service named, if any.</param>
    /// <param name="innerException">The cause, for connection failures.</param>
    public ObjectStorageException(
        string operation, string? key, int statusCode, string code, string? serviceMessage = null,
        string? requestId = null, string? resource = null, Exception? innerException = null)
        : base(Describe(operation, key, statusCode, code, serviceMessage, requestId), innerException)
    {
        Operation = operation;
        Key = key;
        StatusCode = statusCode;
        Code = code;
        ServiceMessage = serviceMessage;
        RequestId = requestId;
        Resource = resource;
    }

    /// <summary>The operation, e.g. <c>CompleteMultipartUpload</c>.</summary>
    public string Operation { get; }

    /// <summary>The object key, or null.</summary>
    public string? Key { get; }

    /// <summary>The HTTP status (0 when no answer came).</summary>
    public int StatusCode { get; }

    /// <summary>The error code, e.g. <c>NoSuchKey</c>, <c>SignatureDoesNotMatch</c>, <c>SlowDown</c>.</summary>
    public string Code { get; }

    /// <summary>The service's message.</summary>
    public string? ServiceMessage { get; }

    /// <summary>The service's request id, to quote to its support.</summary>
    public string? RequestId { get; }

    /// <summary>The resource the service named.</summary>
    public string? Resource { get; }

    /// <summary>
    /// True for failures worth retrying: 5xx, 429, <c>SlowDown</c>, <c>RequestTimeout</c>, <c>InternalError</c>; not
    /// 501 <c>NotImplemented</c>, which an S3-compatible server answers for an operation it will never support.
    /// </summary>
    public bool IsTransient =>
        (StatusCode >= 500 && StatusCode != 501 && Code != "NotImplemented")
        || StatusCode == 429 || Code is "SlowDown" or "RequestTimeout" or "InternalError" or "ServiceUnavailable";

    private static string Describe(string operation, string? key, int status, string code, string? message, string? requestId)
    {
        var what = key is null ? operation : $"{operation} of '{key}'";
        var answer = status == 0 ? code : string.Create(CultureInfo.InvariantCulture, $"HTTP {status} {code}");
        var detail = string.IsNullOrWhiteSpace(message) ? "" : $": {message}";
        var id = requestId is null ? "" : $" (request id {requestId})";
        return $"{what} failed: {answer}{detail}{id}";
    }
}
