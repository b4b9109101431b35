namespace Functions.Backup.Notifications;

/// <summary>What a notification webhook receives.</summary>
/// <param name="Event">backup.failed, backup.succeeded, backup.timeout or restore.failed.</param>
/// <param name="Function">The function's name.</param>
/// <param name="SetId">The set concerned.</param>
/// <param name="Message">One line for a human.</param>
/// <param name="At">When.</param>
internal sealed record BackupNotice(string Event, string Function, string? SetId, string Message, DateTimeOffset At);
