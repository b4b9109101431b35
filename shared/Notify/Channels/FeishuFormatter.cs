using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Functions.Notify;

/// <summary>
/// Feishu custom bot, <c>msg_type: interactive</c>: a card with a coloured header (red firing, green resolved,
/// blue info) and one markdown element; mentions as <c>&lt;at id=…&gt;&lt;/at&gt;</c>. Signed bots get
/// <c>timestamp</c> (seconds, a string) and <c>sign</c> in the body. The body stays under 20 KB.
/// </summary>
internal static class FeishuFormatter
{
    /// <summary>Feishu's limit on a request body.</summary>
    public const int MaxBodyBytes = 20 * 1024;

    public static ChannelRequest Format(ReceiverSettings receiver, Notification notification, DateTimeOffset now)
    {
        var tail = new StringBuilder(ChannelText.LinkLine(notification));
        if (receiver.Mentions.Count > 0)
        {
            tail.Append("\n\n").AppendJoin(' ', receiver.Mentions.Select(m => ChannelText.IsAll(m) ? "<at id=all></at>" : $"<at id={m}></at>"));
        }

        var seconds = now.ToUnixTimeSeconds();
        var sign = string.IsNullOrEmpty(receiver.Secret) ? null : FeishuSignature.Sign(receiver.Secret, seconds);
        var content = notification.Markdown;
        var body = Write(notification, content + tail, seconds, sign);

        // Escaping makes the body's size hard to predict from the text's, so cut by the excess until it fits.
        for (var attempt = 0; body.Length > MaxBodyBytes && attempt < 8; attempt++)
        {
            var excess = body.Length - MaxBodyBytes;
            content = Utf8Text.TruncateBytes(content, Math.Max(0, Utf8Text.ByteCount(content) - excess - 64));
            body = Write(notification, content + tail, seconds, sign);
        }

        return new ChannelRequest(receiver.Url, body, null);
    }

    private static byte[] Write(Notification notification, string markdown, long seconds, string? sign) =>
        ChannelJson.Write(json =>
        {
            json.WriteStartObject();
            if (sign is not null)
            {
                json.WriteString("timestamp", seconds.ToString(CultureInfo.InvariantCulture));
                json.WriteString("sign", sign);
            }

            json.WriteString("msg_type", "interactive");
            json.WriteStartObject("card");
            json.WriteStartObject("config");
            json.WriteBoolean("wide_screen_mode", true);
            json.WriteEndObject();
            json.WriteStartObject("header");
            json.WriteStartObject("title");
            json.WriteString("tag", "plain_text");
            json.WriteString("content", ChannelText.Heading(notification));
            json.WriteEndObject();
            json.WriteString("template", Template(notification.Status));
            json.WriteEndObject();
            json.WriteStartArray("elements");
            WriteMarkdown(json, markdown);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        });

    private static void WriteMarkdown(Utf8JsonWriter json, string markdown)
    {
        json.WriteStartObject();
        json.WriteString("tag", "markdown");
        json.WriteString("content", markdown);
        json.WriteEndObject();
    }

    private static string Template(NotificationStatus status) => status switch
    {
        NotificationStatus.Firing => "red",
        NotificationStatus.Resolved => "green",
        _ => "blue",
    };
}
