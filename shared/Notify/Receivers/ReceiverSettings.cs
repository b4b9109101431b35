namespace Functions.Notify;

/// <summary>
/// Where notifications go. The URL is a credential for WeCom (its <c>key</c>) and DingTalk (its
/// <c>access_token</c>), so it is never logged: use <see cref="Redacted"/>.
/// </summary>
/// <param name="Name">The receiver's name, unique in the configuration (rate limits and the log are per name).</param>
/// <param name="Kind">The platform.</param>
/// <param name="Url">The robot's webhook URL.</param>
/// <param name="Secret">The DingTalk / Feishu signing secret, or a webhook's bearer token; null when unsigned.</param>
/// <param name="SendResolved">Whether resolved notifications are sent.</param>
/// <param name="Mentions">User ids or mobiles to mention, or <c>@all</c>.</param>
public sealed record ReceiverSettings(
    string Name, ReceiverKind Kind, Uri Url, string? Secret, bool SendResolved, IReadOnlyList<string> Mentions)
{
    /// <summary>The rate limit to apply; null means the platform's default (<see cref="ReceiverRateLimit.For"/>).</summary>
    public ReceiverRateLimit? RateLimit { get; init; }

    /// <summary>The limit in force: <see cref="RateLimit"/> or the platform's default.</summary>
    public ReceiverRateLimit EffectiveRateLimit => RateLimit ?? ReceiverRateLimit.For(Kind);

    /// <summary>scheme://host[:port]/path, without the query (WeCom's key, DingTalk's token) or user info.</summary>
    public string Redacted => Describe(Url, Kind);

    /// <summary>
    /// What the rate limit is kept by: the robot (its URL, key included) rather than the receiver's name, so every
    /// receiver and every function notifying one robot shares its budget. A hash: the URL is a credential.
    /// </summary>
    public string BucketKey => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Url.AbsoluteUri)))[..32];

    /// <summary>Removes the secret and the URL's credentials from a text that is about to be logged or returned.</summary>
    /// <param name="text">A reason or message, e.g. from an exception.</param>
    /// <returns>The text with every credential replaced by <c>***</c>.</returns>
    public string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var credential in Credentials())
        {
            text = text.Replace(credential, "***", StringComparison.Ordinal);
        }

        return text;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Kind}, {Redacted})";

    private static string Describe(Uri url, ReceiverKind kind)
    {
        var path = url.AbsolutePath;

        // Feishu's token is the last path segment (…/bot/v2/hook/<token>).
        if (kind == ReceiverKind.Feishu && path.LastIndexOf('/') is var slash and > 0 && slash < path.Length - 1)
        {
            path = path[..(slash + 1)] + "***";
        }

        return $"{url.Scheme}://{url.Authority}{path}";
    }

    private IEnumerable<string> Credentials()
    {
        var candidates = new List<string> { Url.OriginalString, Url.AbsoluteUri, Url.Query.TrimStart('?') };
        foreach (var pair in Url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.IndexOf('=', StringComparison.Ordinal) is var equals and >= 0 && equals < pair.Length - 1)
            {
                candidates.Add(pair[(equals + 1)..]);
                candidates.Add(Uri.UnescapeDataString(pair[(equals + 1)..]));
            }
        }

        if (Kind == ReceiverKind.Feishu && Url.Segments.Length > 0)
        {
            candidates.Add(Url.Segments[^1].TrimEnd('/'));
        }

        if (!string.IsNullOrEmpty(Secret))
        {
            candidates.Add(Secret);
        }

        // Longest first, so that a URL is replaced whole before its parts are.
        return candidates.Where(c => c.Length >= 4).Distinct(StringComparer.Ordinal).OrderByDescending(c => c.Length);
    }
}
