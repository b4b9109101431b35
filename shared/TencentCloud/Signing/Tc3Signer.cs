using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Functions.TencentCloud.Signing;

/// <summary>
/// TC3-HMAC-SHA256, Tencent Cloud API 3.0's signature, exactly as documented: canonical request, the UTC date of
/// the timestamp in the credential scope, and the derived key chain TC3+SecretKey → date → service → tc3_request.
/// </summary>
public static class Tc3Signer
{
    /// <summary>The algorithm's name, first in the string to sign and the Authorization header.</summary>
    public const string Algorithm = "TC3-HMAC-SHA256";

    /// <summary>Signs a request.</summary>
    /// <param name="secretId">The SecretId (goes in the credential, not the signature).</param>
    /// <param name="secretKey">The SecretKey.</param>
    /// <param name="input">What to sign.</param>
    /// <returns>The signature and its parts.</returns>
    public static Tc3Signature Sign(string secretId, string secretKey, Tc3SigningInput input)
    {
        var date = ScopeDate(input.Timestamp);
        return Sign(secretId, DeriveSigningKey(secretKey, date, input.Service), input);
    }

    /// <summary>Signs a request with an already derived signing key (the emulator and the doc's published key use this).</summary>
    /// <param name="secretId">The SecretId.</param>
    /// <param name="signingKey">HMAC chain result for the date and service.</param>
    /// <param name="input">What to sign.</param>
    /// <returns>The signature and its parts.</returns>
    public static Tc3Signature Sign(string secretId, byte[] signingKey, Tc3SigningInput input)
    {
        var (canonical, signedHeaders) = CanonicalRequest(input);
        var scope = $"{ScopeDate(input.Timestamp)}/{input.Service}/tc3_request";
        var stringToSign = string.Join('\n', Algorithm, input.Timestamp.ToString(CultureInfo.InvariantCulture), scope, Sha256Hex(Encoding.UTF8.GetBytes(canonical)));
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(signingKey, Encoding.UTF8.GetBytes(stringToSign)));
        var authorization = $"{Algorithm} Credential={secretId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
        return new Tc3Signature(canonical, stringToSign, signedHeaders, signature, authorization);
    }

    /// <summary>Derives the signing key: HMAC("TC3"+SecretKey, date) → service → "tc3_request".</summary>
    /// <param name="secretKey">The SecretKey.</param>
    /// <param name="date">The scope date, <c>yyyy-MM-dd</c> in UTC.</param>
    /// <param name="service">The service.</param>
    /// <returns>The key.</returns>
    public static byte[] DeriveSigningKey(string secretKey, string date, string service)
    {
        var secretDate = HMACSHA256.HashData(Encoding.UTF8.GetBytes("TC3" + secretKey), Encoding.UTF8.GetBytes(date));
        var secretService = HMACSHA256.HashData(secretDate, Encoding.UTF8.GetBytes(service));
        return HMACSHA256.HashData(secretService, "tc3_request"u8);
    }

    /// <summary>The scope date: the UTC date of the timestamp (not the local date, which breaks just after midnight in UTC+8).</summary>
    /// <param name="timestamp">UNIX seconds.</param>
    /// <returns><c>yyyy-MM-dd</c>.</returns>
    public static string ScopeDate(long timestamp) =>
        DateTimeOffset.FromUnixTimeSeconds(timestamp).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (string Canonical, string SignedHeaders) CanonicalRequest(Tc3SigningInput input)
    {
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["content-type"] = input.ContentType.Trim().ToLowerInvariant(),
            ["host"] = input.Host.Trim().ToLowerInvariant(),
        };
        if (input.Action is { } action)
        {
            headers["x-tc-action"] = action.Trim().ToLowerInvariant();
        }

        var canonicalHeaders = new StringBuilder();
        foreach (var (name, value) in headers)
        {
            canonicalHeaders.Append(name).Append(':').Append(value).Append('\n');
        }

        var signedHeaders = string.Join(';', headers.Keys);
        var canonical = string.Join('\n', input.Method, "/", input.CanonicalQuery, canonicalHeaders.ToString(), signedHeaders, Sha256Hex(input.Payload.Span));
        return (canonical, signedHeaders);
    }

    private static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
