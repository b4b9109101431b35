namespace Functions.Notify;

/// <summary>Picks the formatter for a receiver's kind. Pure: the clock's reading is passed in (it goes into signatures).</summary>
internal static class ChannelFormatter
{
    public static ChannelRequest Format(ReceiverSettings receiver, Notification notification, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(notification);
        return receiver.Kind switch
        {
            ReceiverKind.WeCom => WeComFormatter.Format(receiver, notification),
            ReceiverKind.DingTalk => DingTalkFormatter.Format(receiver, notification, now),
            ReceiverKind.Feishu => FeishuFormatter.Format(receiver, notification, now),
            ReceiverKind.Webhook => WebhookFormatter.Format(receiver, notification),
            _ => throw new ArgumentOutOfRangeException(nameof(receiver), receiver.Kind, "Unknown receiver kind."),
        };
    }
}
