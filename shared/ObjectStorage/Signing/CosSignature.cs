using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Functions.ObjectStorage.Signing;

/// <summary>
/// COS's request signature, <c>q-sign-algorithm=sha1</c>, as documented (reference §3.1): the decoded UTF-8 path,
/// url-encoded and lowercased parameter and header names, sorted; HMAC-SHA1 in lowercase hex throughout.
/// </summary>
[SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms", Justification = "COS defines its signature with SHA-1 and HMAC-SHA1.")]
internal static class CosSignature
{
    /// <summary>Computes the signature of a request.</summary>
    /// <param name="input">The request.</param>
    /// <param name="secretId">The SecretId (<c>q-ak</c>).</param>
    /// <param name="secretKey">The SecretKey.</param>
    /// <param name="start">Start of validity, Unix seconds.</param>
    /// <param name="end">End of validity, Unix seconds.</param>
    /// <returns>The signature and its intermediates.</returns>
    public static CosAuthorization Compute(SigningInput input, string secretId, string secretKey, long start, long end)
    {
        var keyTime = FormattableString.Invariant($"{start};{end}");
        var signKey = HmacSha1Hex(Encoding.UTF8.GetBytes(secretKey), keyTime);
        var (parameters, parameterList) = Canonical(input.Query);
        var (headers, headerList) = Canonical(input.Headers);
        var httpString = $"{input.Method.ToLowerInvariant()}\n{input.DecodedPath}\n{parameters}\n{headers}\n";
        var stringToSign = $"sha1\n{keyTime}\n{Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(httpString)))}\n";
        var signature = HmacSha1Hex(Encoding.UTF8.GetBytes(signKey), stringToSign);
        var authorization = $"q-sign-algorithm=sha1&q-ak={secretId}&q-sign-time={keyTime}&q-key-time={keyTime}" +
            $"&q-header-list={headerList}&q-url-param-list={parameterList}&q-signature={signature}";
        return new CosAuthorization(keyTime, signKey, httpString, stringToSign, signature, authorization);
    }

    private static (string Pairs, string Names) Canonical(IReadOnlyList<KeyValuePair<string, string>> items)
    {
        var sorted = items
            .Select(p => (Name: UriEncoder.Encode(p.Key).ToLowerInvariant(), Value: UriEncoder.Encode(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToArray();
        return (string.Join('&', sorted.Select(p => $"{p.Name}={p.Value}")), string.Join(';', sorted.Select(p => p.Name)));
    }

    private static string HmacSha1Hex(byte[] key, string data) =>
        Convert.ToHexStringLower(HMACSHA1.HashData(key, Encoding.UTF8.GetBytes(data)));
}
