namespace Functions.AlertHandler.Configuration;

/// <summary>The kinds of channel a receiver can have.</summary>
internal enum ChannelKind
{
    /// <summary>A WeCom (企业微信) group robot; the key in its URL is the credential.</summary>
    WeCom,

    /// <summary>A DingTalk (钉钉) custom robot, optionally signed with a secret.</summary>
    DingTalk,

    /// <summary>A Feishu / Lark (飞书) custom bot, optionally signed with a secret.</summary>
    Feishu,

    /// <summary>A generic webhook receiving Alertmanager's version 4 body.</summary>
    Webhook,
}
