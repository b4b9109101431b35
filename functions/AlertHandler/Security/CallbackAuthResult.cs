namespace Functions.AlertHandler.Security;

/// <summary>
/// The outcome of checking a callback's token. <see cref="Reason"/> is written for logs: it names places and
/// methods, never a presented or configured value. Every refusal should be answered 401 whatever the reason; the
/// reason is for the operator, not the caller.
/// </summary>
/// <param name="Method">The method that matched; <see cref="CallbackAuthMethod.None"/> when refused.</param>
/// <param name="Failure">Why it was refused; <see cref="CallbackAuthFailure.None"/> when accepted.</param>
/// <param name="Reason">One sentence for the log.</param>
internal sealed record CallbackAuthResult(CallbackAuthMethod Method, CallbackAuthFailure Failure, string Reason)
{
    /// <summary>The status a refused caller gets.</summary>
    public const int RefusedStatusCode = 401;

    public bool IsAccepted => Failure == CallbackAuthFailure.None;

    public static CallbackAuthResult Accepted(CallbackAuthMethod method) => new(method, CallbackAuthFailure.None, $"token accepted ({Describe(method)})");

    public static CallbackAuthResult Refused(CallbackAuthFailure failure, string reason) => new(CallbackAuthMethod.None, failure, reason);

    public static string Describe(CallbackAuthMethod method) => method switch
    {
        CallbackAuthMethod.BearerHeader => "Authorization: Bearer",
        CallbackAuthMethod.TokenHeader => "X-Alert-Token header",
        CallbackAuthMethod.QueryParameter => "query parameter 'token'",
        CallbackAuthMethod.BasicAuth => "Authorization: Basic password",
        _ => "none",
    };
}
