namespace Functions.TencentCloud.Signing;

/// <summary>What a TC3-HMAC-SHA256 signature covers.</summary>
/// <param name="Service">The service, e.g. <c>tcbr</c> (the first label of its host).</param>
/// <param name="Host">The host the request is signed for, e.g. <c>tcbr.tencentcloudapi.com</c>.</param>
/// <param name="ContentType">The content type exactly as sent (signing one value and sending another fails).</param>
/// <param name="Payload">The request body (empty for GET).</param>
/// <param name="Timestamp">The request's UNIX time in seconds (the <c>X-TC-Timestamp</c> header).</param>
/// <param name="Method">POST or GET.</param>
/// <param name="Action">When set, <c>x-tc-action</c> is signed too (lower-cased), as the current Chinese doc shows.</param>
/// <param name="CanonicalQuery">The URL-encoded query for GET; empty for POST.</param>
public sealed record Tc3SigningInput(
    string Service,
    string Host,
    string ContentType,
    ReadOnlyMemory<byte> Payload,
    long Timestamp,
    string Method = "POST",
    string? Action = null,
    string CanonicalQuery = "");
