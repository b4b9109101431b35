namespace Functions.AlertHandler.Results;

/// <summary>A notification log entry as status shows it.</summary>
/// <param name="Channel">receiver/channel.</param>
/// <param name="Title">The message's title.</param>
/// <param name="Status">sending, sent or failed.</param>
/// <param name="Attempts">How many times it was claimed.</param>
/// <param name="SentAt">When it was delivered.</param>
/// <param name="Error">The last failure.</param>
internal sealed record NotificationView(string Channel, string Title, string Status, int Attempts, DateTimeOffset? SentAt, string? Error);
