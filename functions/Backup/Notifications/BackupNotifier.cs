using Functions.Backup.Configuration;
using Functions.Notify;
using Microsoft.Extensions.Logging;

namespace Functions.Backup.Notifications;

/// <summary>
/// Sends a message to <c>BACKUP_NOTIFY_URL</c> (a WeCom, DingTalk or Feishu robot, or a webhook; the shared
/// notifier formats and signs it) on every failure path, and on success if asked. A message that cannot be delivered
/// is logged, never allowed to hide the failure it reports. Backup's database and Redis are the app's, so neither the
/// notification log nor the token buckets are used here: a backup fails at most a few times a night.
/// </summary>
/// <param name="configuration">Where to send and when.</param>
/// <param name="sender">The shared sender.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class BackupNotifier(BackupConfiguration configuration, NotificationSender sender, ILogger<BackupNotifier> logger)
{
    public Task FailedAsync(string kind, string? setId, string message) =>
        SendAsync($"[FAILED] {kind} {setId}".TrimEnd(), message, NotificationStatus.Firing);

    public Task SucceededAsync(string setId, string message) =>
        configuration.NotifyOnSuccess ? SendAsync($"[OK] backup {setId}", message, NotificationStatus.Info) : Task.CompletedTask;

    // Not the invocation's token: a notice about a timeout must still go out after the deadline.
    private async Task SendAsync(string title, string message, NotificationStatus status)
    {
        if (configuration.Notify is not { } channel)
        {
            return;
        }

        var notification = new Notification(title, message, status, null);
        var outcome = await sender.SendAsync(channel, notification, CancellationToken.None);
        if (outcome.Status != DeliveryStatus.Delivered)
        {
            LogNotDelivered(title, channel.Redacted, outcome.Reason ?? outcome.Status.ToString());
        }
    }

    [LoggerMessage(EventId = 2500, Level = LogLevel.Warning, Message = "Notification '{Title}' could not be delivered to {Channel}: {Reason}")]
    private partial void LogNotDelivered(string title, string channel, string reason);
}
