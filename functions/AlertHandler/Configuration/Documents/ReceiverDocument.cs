namespace Functions.AlertHandler.Configuration.Documents;

/// <summary>A receiver as written: a name and its channels by kind.</summary>
internal sealed class ReceiverDocument
{
    public string? Name { get; init; }

    public List<ChannelDocument>? Wecom { get; init; }

    public List<ChannelDocument>? Dingtalk { get; init; }

    public List<ChannelDocument>? Feishu { get; init; }

    public List<ChannelDocument>? Webhook { get; init; }
}
