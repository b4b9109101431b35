namespace Functions.AlertHandler.Configuration;

/// <summary>
/// A channel ready to send: URL and secret read from the environment. <see cref="ToString"/> leaves them out, so a
/// logged channel never leaks the robot key or the signing secret.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Path">Where it is within its receiver (<c>wecom[0]</c>).</param>
/// <param name="Url">The endpoint (for WeCom it carries the key).</param>
/// <param name="Secret">The signing secret, or null.</param>
/// <param name="Mentions">Whom to @.</param>
/// <param name="SendResolved">Whether resolved alerts are sent.</param>
internal sealed record ResolvedChannel(ChannelKind Kind, string Path, Uri Url, string? Secret, IReadOnlyList<string> Mentions, bool SendResolved)
{
    /// <summary>The channel without its URL or secret.</summary>
    /// <returns>For example <c>wecom[0] → qyapi.weixin.qq.com (secret: none)</c>.</returns>
    public override string ToString() => $"{Path} → {Url.Host} (secret: {(Secret is null ? "none" : "set")})";
}
