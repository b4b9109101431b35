using System.Text;

namespace Functions.Notify;

/// <summary>
/// DingTalk custom robot, <c>msgtype: markdown</c> with <c>title</c> (the chat-list preview) and <c>text</c>, and
/// <c>at</c> {atMobiles, atUserIds, isAtAll}; a mention only notifies when the mobile or id also appears in the text,
/// so they are written there too. Signed robots get <c>&amp;timestamp=&lt;ms&gt;&amp;sign=…</c> on the URL.
/// </summary>
internal static class DingTalkFormatter
{
    /// <summary>DingTalk documents no size limit for markdown; this keeps a message the size WeCom accepts.</summary>
    public const int MaxTextBytes = 4096;

    public static ChannelRequest Format(ReceiverSettings receiver, Notification notification, DateTimeOffset now)
    {
        var mobiles = receiver.Mentions.Where(ChannelText.IsMobile).ToArray();
        var userIds = receiver.Mentions.Where(m => !ChannelText.IsAll(m) && !ChannelText.IsMobile(m)).ToArray();
        var atAll = receiver.Mentions.Any(ChannelText.IsAll);
        var heading = ChannelText.Heading(notification);
        var tail = new StringBuilder(ChannelText.LinkLine(notification));
        if (mobiles.Length + userIds.Length > 0)
        {
            tail.Append("\n\n").AppendJoin(' ', mobiles.Concat(userIds).Select(m => "@" + m));
        }

        var text = ChannelText.Fit($"### {heading}\n\n", notification.Markdown, tail.ToString(), MaxTextBytes);
        var body = ChannelJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("msgtype", "markdown");
            json.WriteStartObject("markdown");
            json.WriteString("title", heading);
            json.WriteString("text", text);
            json.WriteEndObject();
            json.WriteStartObject("at");
            WriteArray(json, "atMobiles", mobiles);
            WriteArray(json, "atUserIds", userIds);
            json.WriteBoolean("isAtAll", atAll);
            json.WriteEndObject();
            json.WriteEndObject();
        });
        var url = string.IsNullOrEmpty(receiver.Secret)
            ? receiver.Url
            : DingTalkSignature.SignUrl(receiver.Url, receiver.Secret, now.ToUnixTimeMilliseconds());
        return new ChannelRequest(url, body, null);
    }

    private static void WriteArray(System.Text.Json.Utf8JsonWriter json, string name, string[] values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
