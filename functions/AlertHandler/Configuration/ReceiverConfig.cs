namespace Functions.AlertHandler.Configuration;

/// <summary>A named receiver and its channels. A receiver without channels is allowed: it drops what is routed to it.</summary>
/// <param name="Name">The name routes refer to.</param>
/// <param name="Channels">The channels, WeCom first, then DingTalk, Feishu and webhooks, each in file order.</param>
internal sealed record ReceiverConfig(string Name, IReadOnlyList<ChannelConfig> Channels)
{
    /// <summary>Whether any channel wants resolved notifications (the grouping sends them when one does; channels filter).</summary>
    public bool SendResolved => Channels.Any(c => c.SendResolved);
}
