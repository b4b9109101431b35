using Functions.ObjectStorage.Http;

namespace Functions.ObjectStorage.Signing;

/// <summary>Authenticates requests for one kind of service; the rest of the client is shared.</summary>
internal interface IRequestSigner
{
    /// <summary>The integrity header for a body, computed once per body (not per attempt).</summary>
    /// <param name="body">The body.</param>
    /// <returns><c>Content-MD5</c> (COS) or <c>x-amz-content-sha256</c> (SigV4).</returns>
    KeyValuePair<string, string> Digest(RequestBody body);

    /// <summary>Signs one attempt of a request.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="target">Where it goes.</param>
    /// <param name="headers">The headers it carries, <c>host</c> included, names in lowercase.</param>
    /// <param name="now">The signing time.</param>
    /// <returns>The headers to add: authorization, date, session token.</returns>
    IReadOnlyList<KeyValuePair<string, string>> Sign(string method, RequestTarget target, IReadOnlyList<KeyValuePair<string, string>> headers, DateTimeOffset now);
}
