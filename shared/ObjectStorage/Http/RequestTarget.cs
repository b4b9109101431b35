namespace Functions.ObjectStorage.Http;

/// <summary>Where a request goes, in the forms the signers need.</summary>
/// <param name="Uri">The full URL.</param>
/// <param name="Host">The <c>Host</c> header value (with the port when it is not the default).</param>
/// <param name="EncodedPath">The path as sent.</param>
/// <param name="DecodedPath">The path decoded, as COS signs it.</param>
/// <param name="Query">The query parameters, decoded.</param>
internal sealed record RequestTarget(Uri Uri, string Host, string EncodedPath, string DecodedPath, IReadOnlyList<KeyValuePair<string, string>> Query);
