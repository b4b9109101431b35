using System.Text;

namespace Functions.Notify;

/// <summary>The Markdown pieces every channel composes its message from.</summary>
internal static class ChannelText
{
    /// <summary>"[FIRING] Title".</summary>
    public static string Heading(Notification notification) => $"{NotificationDigest.Label(notification.Status)} {notification.Title}";

    /// <summary>The link line, or empty.</summary>
    public static string LinkLine(Notification notification) =>
        notification.Link is { } link ? $"\n\n[details]({link.AbsoluteUri})" : string.Empty;

    /// <summary>Whether a mention means everyone.</summary>
    public static bool IsAll(string mention) => mention is "@all" or "all";

    /// <summary>Whether a mention is a mobile number rather than a user id.</summary>
    public static bool IsMobile(string mention) =>
        mention.Length >= 5 && mention.TrimStart('+').All(c => char.IsAsciiDigit(c) || c == '-');

    /// <summary>
    /// Head + body + tail with the body cut so that the whole fits in <paramref name="maxBytes"/> UTF-8 bytes: the
    /// heading, the link and the mentions survive a long body.
    /// </summary>
    public static string Fit(string head, string body, string tail, int maxBytes)
    {
        var fixedBytes = Utf8Text.ByteCount(head) + Utf8Text.ByteCount(tail);
        if (fixedBytes + Utf8Text.ByteCount(body) <= maxBytes)
        {
            return head + body + tail;
        }

        if (fixedBytes + 16 > maxBytes)
        {
            return Utf8Text.TruncateBytes(head + body + tail, maxBytes);
        }

        return new StringBuilder(head).Append(Utf8Text.TruncateBytes(body, maxBytes - fixedBytes)).Append(tail).ToString();
    }
}
