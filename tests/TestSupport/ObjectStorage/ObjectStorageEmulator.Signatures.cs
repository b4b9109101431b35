using System.Globalization;
using System.Security.Cryptography;
using Functions.ObjectStorage.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Functions.TestSupport.ObjectStorage;

public sealed partial class ObjectStorageEmulator
{
    // Null when the request is authentic; otherwise why not. Recomputes the signature from the request as received.
    private string? Verify(HttpContext context, byte[] body)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var encodedPath = question < 0 ? rawTarget : rawTarget[..question];
        var query = (question < 0 ? "" : rawTarget[(question + 1)..])
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), p.Length > 1 ? Uri.UnescapeDataString(p[1]) : ""))
            .ToArray();
        if (authorization.StartsWith("q-sign-algorithm=sha1&", StringComparison.Ordinal))
        {
            return VerifyCos(context, authorization, Uri.UnescapeDataString(encodedPath), query, body);
        }

        return authorization.StartsWith("AWS4-HMAC-SHA256 ", StringComparison.Ordinal)
            ? VerifySigV4(context, authorization, encodedPath, query, body)
            : "no Authorization header";
    }

    private string? VerifyCos(HttpContext context, string authorization, string decodedPath, KeyValuePair<string, string>[] query, byte[] body)
    {
        var fields = authorization.Split('&').Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f.Length > 1 ? f[1] : "", StringComparer.Ordinal);
        if (!_secrets.TryGetValue(fields["q-ak"], out var secret))
        {
            return $"unknown SecretId {fields["q-ak"]}";
        }

        var times = fields["q-key-time"].Split(';').Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        if (now < times[0] || now > times[1] || fields["q-sign-time"] != fields["q-key-time"])
        {
            return "the signature is outside its validity window";
        }

        var headerNames = fields["q-header-list"].Split(';', StringSplitOptions.RemoveEmptyEntries);
        var paramNames = fields["q-url-param-list"].Split(';', StringSplitOptions.RemoveEmptyEntries);
        if (!headerNames.Contains("host") || query.Any(p => !paramNames.Contains(UriEncoder.Encode(p.Key).ToLowerInvariant())))
        {
            return "the signature does not cover the host and every query parameter";
        }

        var headers = headerNames.Select(n => new KeyValuePair<string, string>(n, context.Request.Headers[n].ToString())).ToArray();
        var expected = CosSignature.Compute(new SigningInput(context.Request.Method, "", decodedPath, query, headers), fields["q-ak"], secret, times[0], times[1]);
        if (expected.Signature != fields["q-signature"])
        {
            return "COS signature mismatch";
        }

        var md5 = context.Request.Headers["Content-MD5"].ToString();
        return md5.Length > 0 && md5 != Convert.ToBase64String(MD5.HashData(body)) ? "Content-MD5 mismatch" : null;
    }

    private string? VerifySigV4(HttpContext context, string authorization, string encodedPath, KeyValuePair<string, string>[] query, byte[] body)
    {
        var fields = authorization["AWS4-HMAC-SHA256 ".Length..].Split(", ").Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        var credential = fields["Credential"].Split('/');
        if (!_secrets.TryGetValue(credential[0], out var secret))
        {
            return $"unknown access key {credential[0]}";
        }

        var signedNames = fields["SignedHeaders"].Split(';');
        var payload = context.Request.Headers[SigV4Signature.ContentSha256Header].ToString();
        if (!signedNames.Contains("host") || !signedNames.Contains("x-amz-date") || !signedNames.Contains(SigV4Signature.ContentSha256Header))
        {
            return "the signature does not cover host, x-amz-date and x-amz-content-sha256";
        }

        if (payload != Convert.ToHexStringLower(SHA256.HashData(body)))
        {
            return "x-amz-content-sha256 does not match the body";
        }

        var time = DateTimeOffset.ParseExact(context.Request.Headers["x-amz-date"].ToString(), SigV4Signature.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var headers = signedNames.Select(n => new KeyValuePair<string, string>(n, context.Request.Headers[n].ToString())).ToArray();
        var key = new SigningKey(credential[0], secret, null);
        var expected = SigV4Signature.Compute(new SigningInput(context.Request.Method, encodedPath, "", query, headers), payload, key, time, credential[2], credential[3]);
        return expected.Signature == fields["Signature"] ? null : "SigV4 signature mismatch";
    }
}
