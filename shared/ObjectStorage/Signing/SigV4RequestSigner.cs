using System.Globalization;
using System.Security.Cryptography;
using Functions.ObjectStorage.Http;

namespace Functions.ObjectStorage.Signing;

/// <summary>
/// Signs S3 requests with SigV4 (service <c>s3</c>), every header sent included, the body's real SHA-256 in
/// <c>x-amz-content-sha256</c> (parts are in memory anyway), and <c>x-amz-security-token</c> for session tokens.
/// </summary>
/// <param name="credentials">Reads the credentials.</param>
/// <param name="region">The region of the signing scope.</param>
internal sealed class SigV4RequestSigner(Func<SigningKey> credentials, string region) : IRequestSigner
{
    /// <summary>The session token header.</summary>
    public const string SecurityTokenHeader = "x-amz-security-token";

    /// <inheritdoc />
    public KeyValuePair<string, string> Digest(RequestBody body) =>
        new(SigV4Signature.ContentSha256Header, Convert.ToHexStringLower(body.Hash(HashAlgorithmName.SHA256)));

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> Sign(
        string method, RequestTarget target, IReadOnlyList<KeyValuePair<string, string>> headers, DateTimeOffset now)
    {
        var key = credentials();
        var signed = new List<KeyValuePair<string, string>>(headers);
        var added = new List<KeyValuePair<string, string>>
        {
            new("x-amz-date", now.ToUniversalTime().ToString(SigV4Signature.TimeFormat, CultureInfo.InvariantCulture)),
        };
        var payload = headers.FirstOrDefault(h => h.Key == SigV4Signature.ContentSha256Header).Value;
        if (payload is null)
        {
            payload = SigV4Signature.EmptySha256;
            added.Add(new(SigV4Signature.ContentSha256Header, payload));
        }

        if (key.SessionToken is { } token)
        {
            added.Add(new(SecurityTokenHeader, token));
        }

        signed.AddRange(added);
        var input = new SigningInput(method, target.EncodedPath, target.DecodedPath, target.Query, signed);
        added.Add(new("authorization", SigV4Signature.Compute(input, payload, key, now, region, "s3").Authorization));
        return added;
    }
}
