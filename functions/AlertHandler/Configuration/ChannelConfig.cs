namespace Functions.AlertHandler.Configuration;

/// <summary>One channel of a receiver, as configured: secrets are referred to by environment variable name only.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="Index">Its position among the receiver's channels of this kind.</param>
/// <param name="UrlEnv">The variable holding the URL (for WeCom, the URL with the robot's key).</param>
/// <param name="SecretEnv">The variable holding the signing secret (DingTalk, Feishu), or null.</param>
/// <param name="Mentions">Whom to @: mobile numbers (WeCom, DingTalk) or user ids (Feishu).</param>
/// <param name="SendResolved">Whether resolved alerts are sent (default true).</param>
internal sealed record ChannelConfig(ChannelKind Kind, int Index, string UrlEnv, string? SecretEnv, IReadOnlyList<string> Mentions, bool SendResolved)
{
    /// <summary>Where it is within its receiver: <c>wecom[0]</c>.</summary>
    public string Path => $"{KeyOf(Kind)}[{Index}]";

    /// <summary>The configuration key of a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns><c>wecom</c>, <c>dingtalk</c>, <c>feishu</c> or <c>webhook</c>.</returns>
    public static string KeyOf(ChannelKind kind) => kind switch
    {
        ChannelKind.WeCom => "wecom",
        ChannelKind.DingTalk => "dingtalk",
        ChannelKind.Feishu => "feishu",
        _ => "webhook",
    };
}
