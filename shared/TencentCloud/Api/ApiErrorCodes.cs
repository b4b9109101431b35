namespace Functions.TencentCloud.Api;

/// <summary>Error codes the client acts on, and the codes it gives its own failures.</summary>
public static class ApiErrorCodes
{
    /// <summary>Throttling (<c>RequestLimitExceeded</c>, <c>RequestLimitExceeded.UinLimitExceeded</c>, …): always safe to retry.</summary>
    public const string RequestLimitExceeded = "RequestLimitExceeded";

    /// <summary>The timestamp is more than 5 minutes from the server's clock.</summary>
    public const string SignatureExpire = "AuthFailure.SignatureExpire";

    /// <summary>The request never got an answer (connection refused, reset, timed out).</summary>
    public const string ClientNetworkError = "ClientNetworkError";

    /// <summary>The gateway answered with an HTTP error status instead of an API response.</summary>
    public const string ServerNetworkError = "ServerNetworkError";

    /// <summary>The answer was not the documented JSON.</summary>
    public const string InvalidResponse = "ClientInvalidResponse";

    /// <summary>Retries ran out of time.</summary>
    public const string RetryBudgetExhausted = "ClientRetryBudgetExhausted";
}
