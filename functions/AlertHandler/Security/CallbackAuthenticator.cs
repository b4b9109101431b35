using System.Security.Cryptography;
using System.Text;
using Functions.Scf.Events;

namespace Functions.AlertHandler.Security;

/// <summary>
/// Checks that an alert callback carries the shared token (<c>ALERT_CALLBACK_TOKEN</c>). Cloud Monitor has no
/// signature and supports only a URL (query or <c>user:password@</c> basic auth); Alertmanager can send a bearer
/// token or a header; so any of four places is accepted. Comparison is constant-time over SHA-256 digests of both
/// sides, so neither content nor length leaks through timing. With no token configured every request is refused.
/// </summary>
internal sealed class CallbackAuthenticator
{
    public const string TokenHeaderName = "X-Alert-Token";
    public const string QueryParameterName = "token";

    private readonly byte[]? _expectedDigest;

    /// <param name="configuredToken">The token; null, empty or blank means none is configured.</param>
    public CallbackAuthenticator(string? configuredToken)
    {
        _expectedDigest = string.IsNullOrWhiteSpace(configuredToken) ? null : Digest(configuredToken);
    }

    /// <summary>Checks a request.</summary>
    /// <param name="request">The callback.</param>
    /// <returns>Which method matched, or why the request is refused.</returns>
    public CallbackAuthResult Authenticate(HttpRequestEvent request)
    {
        if (_expectedDigest is null)
        {
            return CallbackAuthResult.Refused(
                CallbackAuthFailure.NotConfigured, "no callback token is configured (ALERT_CALLBACK_TOKEN), so every callback is refused");
        }

        var presented = new List<CallbackAuthMethod>(4);
        var malformed = false;
        var authorization = Header(request, "Authorization");
        if (!string.IsNullOrWhiteSpace(authorization))
        {
            var (method, token) = ReadAuthorization(authorization.Trim());
            if (method == CallbackAuthMethod.None)
            {
                malformed = true;
            }
            else if (Check(method, token, presented))
            {
                return CallbackAuthResult.Accepted(method);
            }
        }

        if (Check(CallbackAuthMethod.TokenHeader, Header(request, TokenHeaderName)?.Trim(), presented) ||
            Check(CallbackAuthMethod.QueryParameter, request.QueryValue(QueryParameterName), presented))
        {
            return CallbackAuthResult.Accepted(presented[^1]);
        }

        if (presented.Count > 0)
        {
            var places = string.Join(", ", presented.Select(CallbackAuthResult.Describe));
            return CallbackAuthResult.Refused(CallbackAuthFailure.Mismatch, $"the token presented ({places}) does not match");
        }

        return malformed
            ? CallbackAuthResult.Refused(
                CallbackAuthFailure.Malformed,
                "the Authorization header is neither 'Bearer <token>' nor a decodable 'Basic' user:password, and no token was presented elsewhere")
            : CallbackAuthResult.Refused(
                CallbackAuthFailure.Missing,
                $"no token presented: expected Authorization: Bearer, a {TokenHeaderName} header, a '{QueryParameterName}' query parameter or URL basic auth");
    }

    private bool Check(CallbackAuthMethod method, string? token, List<CallbackAuthMethod> presented)
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
    private static (CallbackAuthMethod Method, string? Token) ReadAuthorization(string value)
    {
        var space = value.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return (CallbackAuthMethod.None, null);
        }

        var scheme = value[..space];
        var parameter = value[(space + 1)..].Trim();
        if (scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return (CallbackAuthMethod.BearerHeader, parameter);
        }

        if (!scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            return (CallbackAuthMethod.None, null);
        }

        try
        {
            var credentials = Encoding.UTF8.GetString(Convert.FromBase64String(parameter));
            var colon = credentials.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? (CallbackAuthMethod.None, null) : (CallbackAuthMethod.BasicAuth, credentials[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return (CallbackAuthMethod.None, null);
        }
    }

    // Headers are case-insensitive (RFC 9110); the classifier's dictionary already is, but an event built elsewhere may not be.
    private static string? Header(HttpRequestEvent request, string name) =>
        request.Header(name) ?? request.Headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    private static byte[] Digest(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
