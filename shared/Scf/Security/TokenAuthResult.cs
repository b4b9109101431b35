namespace Functions.Scf.Security;

/// <summary>
/// The outcome of checking a callback's token. <see cref="Reason"/> is written for logs: it names places and
/// methods, never a presented or configured value. Every refusal should be answered 401 whatever the reason; the
/// reason is for the operator, not the caller.
/// </summary>
/// <param name="Method">The method that matched; <see cref="TokenAuthMethod.None"/> when refused.</param>
/// <param name="Failure">Why it was refused; <see cref="TokenAuthFailure.None"/> when accepted.</param>
/// <param name="Reason">One sentence for the log.</param>
public sealed record TokenAuthResult(TokenAuthMethod Method, TokenAuthFailure Failure, string Reason)
{
    /// <summary>The status a refused caller gets.</summary>
    public const int RefusedStatusCode = 401;

    /// <summary>Whether the token matched.</summary>
    public bool IsAccepted => Failure == TokenAuthFailure.None;

    /// <summary>An acceptance by <paramref name="method"/>.</summary>
    /// <param name="method">Where the token was.</param>
    /// <returns>The result.</returns>
    public static TokenAuthResult Accepted(TokenAuthMethod method) => new(method, TokenAuthFailure.None, $"token accepted ({Describe(method)})");

    /// <summary>A refusal.</summary>
    /// <param name="failure">Why.</param>
    /// <param name="reason">One sentence for the log, with no token in it.</param>
    /// <returns>The result.</returns>
    public static TokenAuthResult Refused(TokenAuthFailure failure, string reason) => new(TokenAuthMethod.None, failure, reason);

    /// <summary>Where a method finds the token, for logs.</summary>
    /// <param name="method">The method.</param>
    /// <returns>A few words.</returns>
    public static string Describe(TokenAuthMethod method) => method switch
    {
        TokenAuthMethod.BearerHeader => "Authorization: Bearer",
        TokenAuthMethod.TokenHeader => "token header",
        TokenAuthMethod.QueryParameter => "query parameter 'token'",
        TokenAuthMethod.BasicAuth => "Authorization: Basic password",
        _ => "none",
    };
}
