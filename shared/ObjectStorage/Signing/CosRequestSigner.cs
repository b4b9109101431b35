using System.Security.Cryptography;
using Functions.ObjectStorage.Http;

namespace Functions.ObjectStorage.Signing;

/// <summary>
/// Signs COS requests with <c>q-sign-algorithm=sha1</c> in the <c>Authorization</c> header, every header sent
/// included, valid from a minute before to an hour after signing (each attempt is signed anew), and sends
/// <c>x-cos-security-token</c> with temporary credentials.
/// </summary>
/// <param name="credentials">Reads the current credentials (they rotate in a warm SCF instance).</param>
internal sealed class CosRequestSigner(Func<SigningKey> credentials) : IRequestSigner
{
    /// <summary>The session token header.</summary>
    public const string SecurityTokenHeader = "x-cos-security-token";

    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Validity = TimeSpan.FromHours(1);

    /// <inheritdoc />
    public KeyValuePair<string, string> Digest(RequestBody body) =>
        new("content-md5", Convert.ToBase64String(body.Hash(HashAlgorithmName.MD5)));

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, string>> Sign(
        string method, RequestTarget target, IReadOnlyList<KeyValuePair<string, string>> headers, DateTimeOffset now)
    {
        var key = credentials();
        var signed = new List<KeyValuePair<string, string>>(headers);
        var added = new List<KeyValuePair<string, string>>();
        if (key.SessionToken is { } token)
        {
            added.Add(new(SecurityTokenHeader, token));
            signed.Add(added[^1]);
        }

        var input = new SigningInput(method, target.EncodedPath, target.DecodedPath, target.Query, signed);
        var authorization = CosSignature.Compute(
            input, key.AccessKeyId, key.Secret, (now - ClockSkew).ToUnixTimeSeconds(), (now + Validity).ToUnixTimeSeconds());
        added.Add(new("authorization", authorization.Authorization));
        return added;
    }
}
