using Functions.Notify;

namespace Functions.AlertHandler.Notifications;

/// <summary>One notification for one channel, keyed for the notification log.</summary>
/// <param name="Channel">The channel (a WeCom, DingTalk or Feishu robot, or a webhook).</param>
/// <param name="Message">What to send.</param>
/// <param name="DedupKey">The group's key.</param>
/// <param name="StateHash">What state of the group this is (firing and resolved sets, and the notification it follows).</param>
internal sealed record ChannelWork(ReceiverSettings Channel, Notification Message, string DedupKey, string StateHash);
