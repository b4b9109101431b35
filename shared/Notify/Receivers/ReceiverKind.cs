namespace Functions.Notify;

/// <summary>The kinds of receiver a notification can go to.</summary>
public enum ReceiverKind
{
    /// <summary>A WeCom (企业微信) group robot; the <c>key</c> in its URL is the credential.</summary>
    WeCom,

    /// <summary>A DingTalk (钉钉) custom robot, optionally signed (加签) with a <c>SEC…</c> secret.</summary>
    DingTalk,

    /// <summary>A Feishu / Lark (飞书) custom bot, optionally signed with its secret.</summary>
    Feishu,

    /// <summary>Any HTTP endpoint taking a small JSON document, optionally with a bearer token.</summary>
    Webhook,
}
