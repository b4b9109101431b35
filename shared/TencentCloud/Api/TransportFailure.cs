namespace Functions.TencentCloud.Api;

/// <summary>Where a call failed, which decides whether repeating it is safe.</summary>
internal enum TransportFailure
{
    /// <summary>The service answered (an API error, or a malformed answer).</summary>
    None,

    /// <summary>The request never left: connection refused, DNS, TLS. Safe to repeat any call.</summary>
    BeforeSend,

    /// <summary>The request may have reached the service: reset or no answer in time. Safe only for read-only calls.</summary>
    AfterSend,

    /// <summary>The gateway answered with an HTTP 5xx instead of an API response: the API did not run.</summary>
    GatewayError,
}
