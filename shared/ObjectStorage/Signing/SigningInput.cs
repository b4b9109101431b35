namespace Functions.ObjectStorage.Signing;

/// <summary>What both signatures cover: the request as it goes on the wire.</summary>
/// <param name="Method">The HTTP method, e.g. <c>PUT</c>.</param>
/// <param name="EncodedPath">The path as sent (percent-encoded), for SigV4's canonical URI.</param>
/// <param name="DecodedPath">The same path decoded (UTF-8), which COS signs.</param>
/// <param name="Query">Query parameters, decoded; a name without a value has an empty value.</param>
/// <param name="Headers">The headers to sign, including <c>host</c>, with their values as sent.</param>
internal sealed record SigningInput(
    string Method,
    string EncodedPath,
    string DecodedPath,
    IReadOnlyList<KeyValuePair<string, string>> Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers);
