namespace Functions.DeployOrchestrator.Configuration;

/// <summary>The channels a run's events can go to (AlertHandler's channel kinds).</summary>
internal enum NotifyReceiverKind
{
    /// <summary>A WeCom group robot (the key in its URL is the credential).</summary>
    WeCom,

    /// <summary>A generic JSON webhook; its secret is sent as a bearer token.</summary>
    Webhook,

    /// <summary>A DingTalk robot, signed with its secret.</summary>
    DingTalk,

    /// <summary>A Feishu robot, signed with its secret.</summary>
    Feishu,
}
