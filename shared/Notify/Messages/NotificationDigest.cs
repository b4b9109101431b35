using System.Text;

namespace Functions.Notify;

/// <summary>
/// Folds several notifications into one, so that a burst fits a robot's rate limit (DingTalk's docs advise
/// exactly this) and its size limit: each notification becomes a section, long ones are cut, and past a point the
/// rest are only counted.
/// </summary>
public static class NotificationDigest
{
    /// <summary>How many characters of Markdown a digest aims at: under WeCom's 4096 bytes for mostly ASCII text.</summary>
    public const int Budget = 3500;

    /// <summary>Each section gets at least this many characters, so that many small notifications stay readable.</summary>
    public const int MinimumSection = 160;

    /// <summary>Summarises <paramref name="notifications"/> in one notification.</summary>
    /// <param name="notifications">At least one notification.</param>
    /// <returns>The only notification when there is one; otherwise one titled "N notifications".</returns>
    public static Notification Fold(IReadOnlyList<Notification> notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        if (notifications.Count == 0)
        {
            throw new ArgumentException("Nothing to fold.", nameof(notifications));
        }

        if (notifications.Count == 1)
        {
            return notifications[0];
        }

        var section = Math.Max(MinimumSection, Budget / notifications.Count);
        var shown = Math.Max(1, Math.Min(notifications.Count, Budget / section));
        var text = new StringBuilder();
        foreach (var notification in notifications.Take(shown))
        {
            text.Append("#### ").Append(Label(notification.Status)).Append(' ').Append(notification.Title).Append('\n');
            text.Append(Utf8Text.TruncateChars(notification.Markdown.Trim(), section)).Append('\n');
            if (notification.Link is { } link)
            {
                text.Append("[details](").Append(link.AbsoluteUri).Append(")\n");
            }

            text.Append('\n');
        }

        if (notifications.Count > shown)
        {
            text.Append("… and ").Append(notifications.Count - shown).Append(" more.\n");
        }

        var links = notifications.Select(n => n.Link).Distinct().ToArray();
        return new Notification($"{notifications.Count} notifications", text.ToString().TrimEnd(), StatusOf(notifications), links.Length == 1 ? links[0] : null);
    }

    /// <summary>The tag a section starts with.</summary>
    internal static string Label(NotificationStatus status) => status switch
    {
        NotificationStatus.Firing => "[FIRING]",
        NotificationStatus.Resolved => "[RESOLVED]",
        _ => "[INFO]",
    };

    // Firing wins: a digest with anything still wrong must look wrong.
    private static NotificationStatus StatusOf(IReadOnlyList<Notification> notifications) =>
        notifications.Any(n => n.Status == NotificationStatus.Firing) ? NotificationStatus.Firing
        : notifications.All(n => n.Status == NotificationStatus.Resolved) ? NotificationStatus.Resolved
        : NotificationStatus.Info;
}
