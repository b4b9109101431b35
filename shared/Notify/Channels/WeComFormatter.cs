using System.Text;

namespace Functions.Notify;

/// <summary>
/// WeCom group robot, <c>msgtype: markdown</c>: content ≤ 4096 UTF-8 bytes, colours <c>warning</c> (firing),
/// <c>info</c> (resolved), <c>comment</c> (info), mentions as <c>&lt;@userid&gt;</c>. No signing: the URL's key is the credential.
/// </summary>
internal static class WeComFormatter
{
    /// <summary>WeCom's limit on a markdown message's content.</summary>
    public const int MaxContentBytes = 4096;

    public static ChannelRequest Format(ReceiverSettings receiver, Notification notification)
    {
        var head = $"## <font color=\"{Colour(notification.Status)}\">{ChannelText.Heading(notification)}</font>\n";
        var tail = new StringBuilder(ChannelText.LinkLine(notification));
        // WeCom's markdown has no @all (only the text type's mentioned_list has): everyone else is mentioned inline.
        var mentions = receiver.Mentions.Where(m => !ChannelText.IsAll(m)).ToArray();
        if (mentions.Length > 0)
        {
            tail.Append("\n\n").AppendJoin(' ', mentions.Select(m => $"<@{m}>"));
        }

        var content = ChannelText.Fit(head, notification.Markdown, tail.ToString(), MaxContentBytes);
        var body = ChannelJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("msgtype", "markdown");
            json.WriteStartObject("markdown");
            json.WriteString("content", content);
            json.WriteEndObject();
            json.WriteEndObject();
        });
        return new ChannelRequest(receiver.Url, body, null);
    }

    private static string Colour(NotificationStatus status) => status switch
    {
        NotificationStatus.Firing => "warning",
        NotificationStatus.Resolved => "info",
        _ => "comment",
    };
}
