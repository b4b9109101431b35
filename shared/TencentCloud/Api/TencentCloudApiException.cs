namespace Functions.TencentCloud.Api;

/// <summary>A Tencent Cloud API call failed: an error the service returned, or a transport failure.</summary>
public sealed class TencentCloudApiException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="service">The service.</param>
    /// <param name="action">The action.</param>
    /// <param name="code">The error code, e.g. <c>RequestLimitExceeded</c>, or a client code such as <c>ClientNetworkError</c>.</param>
    /// <param name="message">The service's or client's message.</param>
    /// <param name="requestId">The request id, when the service answered.</param>
    /// <param name="innerException">The underlying failure.</param>
    public TencentCloudApiException(string service, string action, string code, string message, string? requestId = null, Exception? innerException = null)
        : base($"{service} {action} failed: {code}: {message}{(requestId is null ? "" : $" (request {requestId})")}", innerException)
    {
        Service = service;
        Action = action;
        Code = code;
        ServiceMessage = message;
        RequestId = requestId;
    }

    /// <summary>The service.</summary>
    public string Service { get; }

    /// <summary>The action.</summary>
    public string Action { get; }

    /// <summary>The error code.</summary>
    public string Code { get; }

    /// <summary>The message as the service (or client) gave it.</summary>
    public string ServiceMessage { get; }

    /// <summary>The request id, when the service answered.</summary>
    public string? RequestId { get; }

    /// <summary>Where the call failed, for deciding whether a retry is safe.</summary>
    internal TransportFailure Failure { get; init; }

    /// <summary>The service refused because of rate limits: nothing was done, so repeating is safe.</summary>
    public bool IsThrottling => Code.StartsWith(ApiErrorCodes.RequestLimitExceeded, StringComparison.Ordinal);
}
