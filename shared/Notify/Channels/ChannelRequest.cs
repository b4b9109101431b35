namespace Functions.Notify;

/// <summary>What to POST to a receiver: the (signed) URL, the JSON body and, for webhooks, a bearer token.</summary>
/// <param name="Url">The URL, with DingTalk's signature when signed. A credential: never logged.</param>
/// <param name="Body">The UTF-8 JSON body.</param>
/// <param name="BearerToken">Sent as <c>Authorization: Bearer …</c> when set.</param>
internal sealed record ChannelRequest(Uri Url, byte[] Body, string? BearerToken);
