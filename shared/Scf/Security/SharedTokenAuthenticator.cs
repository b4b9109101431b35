using System.Security.Cryptography;
using System.Text;
using Functions.Scf.Events;
using Microsoft.Extensions.Logging;

namespace Functions.Scf.Security;

/// <summary>
/// Checks that a webhook or callback carries a shared token (AlertHandler's <c>ALERT_CALLBACK_TOKEN</c>, the
/// DeployOrchestrator's <c>TCR_WEBHOOK_TOKEN</c>). Cloud Monitor has no signature and supports only a URL (query or
/// <c>user:password@</c> basic auth); Alertmanager can send a bearer token or a header; TCR sends a custom header;
/// so any of four places is accepted. Comparison is constant-time over SHA-256 digests of both
/// sides, so neither content nor length leaks through timing. With no token configured every request is refused.
/// </summary>
public sealed partial class SharedTokenAuthenticator
{
    /// <summary>The query parameter that may carry the token.</summary>
    public const string QueryParameterName = "token";

    private readonly byte[]? _expectedDigest;
    private readonly string _variable;
    private readonly string _tokenHeader;

    /// <summary>Creates the check.</summary>
    /// <param name="configuredToken">The expected token, or null/empty to refuse everything.</param>
    /// <param name="variable">The variable the token comes from, named when it is missing.</param>
    /// <param name="tokenHeader">The custom header that may carry the token, e.g. <c>X-Alert-Token</c>.</param>
    public SharedTokenAuthenticator(string? configuredToken, string variable, string tokenHeader)
    {
        _expectedDigest = string.IsNullOrWhiteSpace(configuredToken) ? null : Digest(configuredToken);
        _variable = variable;
        _tokenHeader = tokenHeader;
    }

    /// <summary>
    /// The answer to a request without the token, or null when it carries it. The caller learns only that it is
    /// unauthorised; why (missing, wrong, not configured) is for the operator's log.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="logger">Where the reason goes.</param>
    /// <returns>A 401 response, or null.</returns>
    public HttpResponse? Refuse(HttpRequestEvent request, ILogger logger)
    {
        var result = Authenticate(request);
        if (result.IsAccepted)
        {
            return null;
        }

        LogRefused(logger, result.Failure, result.Reason);
        return HttpResponse.Error(TokenAuthResult.RefusedStatusCode, "Unauthorized", "A valid token is required.");
    }

    /// <summary>Checks a request.</summary>
    /// <param name="request">The callback.</param>
    /// <returns>Which method matched, or why the request is refused.</returns>
    public TokenAuthResult Authenticate(HttpRequestEvent request)
    {
        if (_expectedDigest is null)
        {
            return TokenAuthResult.Refused(
                TokenAuthFailure.NotConfigured, $"no token is configured ({_variable}), so every request is refused");
        }

        var presented = new List<TokenAuthMethod>(4);
        var malformed = false;
        var authorization = Header(request, "Authorization");
        if (!string.IsNullOrWhiteSpace(authorization))
        {
            var (method, token) = ReadAuthorization(authorization.Trim());
            if (method == TokenAuthMethod.None)
            {
                malformed = true;
            }
            else if (Check(method, token, presented))
            {
                return TokenAuthResult.Accepted(method);
            }
        }

        if (Check(TokenAuthMethod.TokenHeader, Header(request, _tokenHeader)?.Trim(), presented) ||
            Check(TokenAuthMethod.QueryParameter, request.QueryValue(QueryParameterName), presented))
        {
            return TokenAuthResult.Accepted(presented[^1]);
        }

        if (presented.Count > 0)
        {
            var places = string.Join(", ", presented.Select(TokenAuthResult.Describe));
            return TokenAuthResult.Refused(TokenAuthFailure.Mismatch, $"the token presented ({places}) does not match");
        }

        return malformed
            ? TokenAuthResult.Refused(
                TokenAuthFailure.Malformed,
                "the Authorization header is neither 'Bearer <token>' nor a decodable 'Basic' user:password, and no token was presented elsewhere")
            : TokenAuthResult.Refused(
                TokenAuthFailure.Missing,
                $"no token presented: expected Authorization: Bearer, a {_tokenHeader} header, a '{QueryParameterName}' query parameter or URL basic auth");
    }

    private bool Check(TokenAuthMethod method, string? token, List<TokenAuthMethod> presented)
    {
        if (string.IsNullOrEmpty(token))
        {
            return false;
        }

        presented.Add(method);
        return CryptographicOperations.FixedTimeEquals(Digest(token), _expectedDigest);
    }

    // The scheme is matched case-insensitively (RFC 9110 §11.1); an unknown scheme is never echoed, since a caller
    // who sends "Authorization: <token>" would otherwise have the token in the reason.
    private static (TokenAuthMethod Method, string? Token) ReadAuthorization(string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return (TokenAuthMethod.None, null);
        }

        var scheme = value[..space];
        var parameter = value[(space + 1)..].Trim();
        if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return (TokenAuthMethod.BearerHeader, parameter);
        }

        if (!scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return (TokenAuthMethod.None, null);
        }

        try
        {
            var credentials = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = credentials.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? (TokenAuthMethod.None, null) : (TokenAuthMethod.BasicAuth, credentials[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return (TokenAuthMethod.None, null);
        }
    }

    // Headers are case-insensitive (RFC 9110); the classifier's dictionary already is, but an event built elsewhere may not be.
    private static string? Header(HttpRequestEvent request, string name) =>
        request.Header(name) ?? request.Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    private static byte[] Digest(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    [LoggerMessage(EventId = 30, Level = LogLevel.Warning, Message = "Request refused ({Failure}): {Reason}")]
    private static partial void LogRefused(ILogger logger, TokenAuthFailure failure, string reason);
}
