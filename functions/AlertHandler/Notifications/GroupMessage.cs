using System.Globalization;
using System.Text;
using Functions.AlertHandler.Alerts;
using Functions.AlertHandler.Grouping;
using Functions.Notify;

namespace Functions.AlertHandler.Notifications;

/// <summary>
/// A group's notification as markdown every channel renders (WeCom, DingTalk and Feishu share headings, bold,
/// lists and links): what fires, value against threshold, since when, on which object; then what resolved.
/// </summary>
internal static class GroupMessage
{
    private const int MaxListed = 10;

    public static Notification For(GroupNotification group, DateTimeOffset now)
    {
        var name = CommonLabel(group, AlertLabels.AlertName) ?? "alerts";
        var title = group.Firing.Count > 0
            ? $"[FIRING:{group.Firing.Count}] {name}"
            : $"[RESOLVED] {name}";
        var text = new StringBuilder();
        if (group.Firing.Count > 0)
        {
            AppendAlerts(text, "Firing", group.Firing, now, resolved: false);
        }

        if (group.Resolved.Count > 0)
        {
            AppendAlerts(text, "Resolved", group.Resolved, now, resolved: true);
        }

        text.Append("\n> group ").Append(group.Key.Text).Append(" · ").Append(group.ReasonText);
        var link = group.Firing.Concat(group.Resolved).Select(a => a.Annotations.GetValueOrDefault("link")).FirstOrDefault(l => l is not null);
        return new Notification(
            title,
            text.ToString(),
            group.Firing.Count > 0 ? NotificationStatus.Firing : NotificationStatus.Resolved,
            Uri.TryCreate(link, UriKind.Absolute, out var uri) ? uri : null);
    }

    private static void AppendAlerts(StringBuilder text, string heading, IReadOnlyList<Alert> alerts, DateTimeOffset now, bool resolved)
    {
        text.Append("\n**").Append(heading).Append("**\n");
        foreach (var alert in alerts.Take(MaxListed))
        {
            text.Append("- ").Append(Summary(alert));
            var since = resolved && alert.EndsAt is { } end
                ? $" · resolved {Clock(end)} after {Duration(end - alert.StartsAt)}"
                : $" · since {Clock(alert.StartsAt)} ({Duration(now - alert.StartsAt)})";
            text.Append(since);
            if (ObjectOf(alert) is { } target)
            {
                text.Append(" · ").Append(target);
            }

            text.Append('\n');
        }

        if (alerts.Count > MaxListed)
        {
            text.Append("- … and ").Append(alerts.Count - MaxListed).Append(" more\n");
        }
    }

    private static string Summary(Alert alert) =>
        alert.Annotations.GetValueOrDefault("summary")
        ?? alert.Annotations.GetValueOrDefault("description")
        ?? alert.Label(AlertLabels.AlertName);

    // The object an alarm is about: Cloud Monitor's objName or instance id, else Alertmanager's instance/job.
    private static string? ObjectOf(Alert alert)
    {
        foreach (var name in new[] { "dim_objName", "dim_unInstanceId", "dim_serviceid", "instance", "job" })
        {
            if (alert.Labels.TryGetValue(name, out var value) && value.Length > 0)
            {
                return $"{name.Replace("dim_", "", StringComparison.Ordinal)}={value}";
            }
        }

        return null;
    }

    private static string? CommonLabel(GroupNotification group, string name)
    {
        var values = group.Firing.Concat(group.Resolved).Select(a => a.Label(name)).Distinct(StringComparer.Ordinal).ToArray();
        return values.Length == 1 && values[0].Length > 0 ? values[0] : values.Length > 1 ? $"{values[0]} +{values.Length - 1}" : null;
    }

    private static string Clock(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan span) =>
        span < TimeSpan.Zero ? "0s"
        : span.TotalHours >= 1 ? $"{(int)span.TotalHours}h{span.Minutes:D2}m"
        : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes}m"
        : $"{(int)span.TotalSeconds}s";
}
