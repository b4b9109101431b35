using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Functions.ObjectStorage.Signing;

/// <summary>
/// AWS Signature Version 4 (AWS4-HMAC-SHA256) over a request's canonical form. The canonical URI is the path as
/// sent, without normalisation or double encoding, which is what S3 expects.
/// </summary>
internal static class SigV4Signature
{
    /// <summary>The header every S3 request carries with the hex SHA-256 of its body.</summary>
    public const string ContentSha256Header = "x-amz-content-sha256";

    /// <summary>The hex SHA-256 of an empty body.</summary>
    public const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>The request time format of <c>x-amz-date</c>.</summary>
    public const string TimeFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>Computes the signature.</summary>
    /// <param name="input">The request; its headers must include <c>host</c> and <c>x-amz-date</c>.</param>
    /// <param name="payloadSha256">The hex SHA-256 of the body (or <c>UNSIGNED-PAYLOAD</c>).</param>
    /// <param name="key">The credentials.</param>
    /// <param name="time">The request time (the <c>x-amz-date</c> value).</param>
    /// <param name="region">The region in the scope.</param>
    /// <param name="service">The service in the scope (<c>s3</c>).</param>
    /// <returns>The signature and its intermediates.</returns>
    public static SigV4Authorization Compute(SigningInput input, string payloadSha256, SigningKey key, DateTimeOffset time, string region, string service)
    {
        var headers = input.Headers
            .GroupBy(h => h.Key.ToLowerInvariant(), StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Value: string.Join(',', g.Select(h => Trim(h.Value)))))
            .OrderBy(h => h.Name, StringComparer.Ordinal)
            .ToArray();
        var signedHeaders = string.Join(';', headers.Select(h => h.Name));
        var query = string.Join('&', input.Query
            .Select(p => (Name: UriEncoder.Encode(p.Key), Value: UriEncoder.Encode(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={p.Value}"));
        var canonicalRequest = $"{input.Method}\n{input.EncodedPath}\n{query}\n" +
            string.Concat(headers.Select(h => $"{h.Name}:{h.Value}\n")) + $"\n{signedHeaders}\n{payloadSha256}";

        var utc = time.ToUniversalTime();
        var date = utc.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = $"AWS4-HMAC-SHA256\n{utc.ToString(TimeFormat, CultureInfo.InvariantCulture)}\n{scope}\n{Sha256Hex(canonicalRequest)}";

        var signingKey = Hmac(Encoding.UTF8.GetBytes("AWS4" + key.Secret), date);
        signingKey = Hmac(signingKey, region);
        signingKey = Hmac(signingKey, service);
        signingKey = Hmac(signingKey, "aws4_request");
        var signature = Convert.ToHexStringLower(Hmac(signingKey, stringToSign));
        var authorization = $"AWS4-HMAC-SHA256 Credential={key.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
        return new SigV4Authorization(canonicalRequest, stringToSign, signedHeaders, signature, authorization);
    }

    /// <summary>The hex SHA-256 of a string's UTF-8 bytes.</summary>
    /// <param name="value">The string.</param>
    /// <returns>Lowercase hex.</returns>
    public static string Sha256Hex(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    // Leading and trailing spaces go; runs of spaces inside become one (SigV4 "Trimall").
    private static string Trim(string value)
    {
        var trimmed = value.Trim();
        if (!trimmed.Contains("  ", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (c != ' ' || builder.Length == 0 || builder[^1] != ' ')
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
