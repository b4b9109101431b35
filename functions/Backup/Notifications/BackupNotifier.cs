using System.Net.Http.Json;
using Functions.Backup.Configuration;
using Functions.Backup.Results;
using Microsoft.Extensions.Logging;

namespace Functions.Backup.Notifications;

/// <summary>
/// Posts a JSON notice to <c>BACKUP_NOTIFY_URL</c> on every failure path (and on success if asked). A notice that
/// cannot be delivered is logged, never allowed to hide the failure it reports.
/// </summary>
/// <param name="configuration">Where to post and when.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class BackupNotifier(BackupConfiguration configuration, TimeProvider time, ILogger<BackupNotifier> logger)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public Task FailedAsync(string kind, string? setId, string message) => SendAsync($"{kind}.failed", setId, message);

    public Task SucceededAsync(string setId, string message) =>
        configuration.NotifyOnSuccess ? SendAsync("backup.succeeded", setId, message) : Task.CompletedTask;

    // Not the invocation's token: a notice about a timeout must still go out after the deadline.
    private async Task SendAsync(string kind, string? setId, string message)
    {
        if (configuration.NotifyUrl is not { } url)
        {
            return;
        }

        var notice = new BackupNotice(kind, BackupFunction.Name, setId, message, time.GetUtcNow());
        try
        {
            using var response = await Http.PostAsJsonAsync(url, notice, BackupResultsJsonContext.Default.BackupNotice, CancellationToken.None);
            if (!response.IsSuccessStatusCode)
            {
                LogNotDelivered(kind, $"HTTP {(int)response.StatusCode}");
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            LogNotDelivered(kind, e.Message);
        }
    }

    [LoggerMessage(EventId = 2500, Level = LogLevel.Warning, Message = "Notification {Kind} could not be delivered: {Reason}")]
    private partial void LogNotDelivered(string kind, string reason);
}
