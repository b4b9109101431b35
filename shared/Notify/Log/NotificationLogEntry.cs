namespace Functions.Notify;

/// <summary>One row of the notification log, for a status command.</summary>
/// <param name="Receiver">The receiver's name.</param>
/// <param name="DedupKey">What the notification is about (e.g. an alert group's key).</param>
/// <param name="StateHash">Which state of it (e.g. a hash of the firing alerts).</param>
/// <param name="Status"><c>sending</c>, <c>sent</c> or <c>failed</c>.</param>
/// <param name="Attempts">How many times it was claimed.</param>
/// <param name="ClaimedAt">When it was last claimed.</param>
/// <param name="SentAt">When it was delivered; null until then.</param>
/// <param name="Title">The notification's title.</param>
/// <param name="Error">Why the last attempt failed; null when it did not.</param>
public sealed record NotificationLogEntry(
    string Receiver, string DedupKey, string StateHash, string Status, int Attempts, DateTimeOffset ClaimedAt, DateTimeOffset? SentAt, string Title, string? Error);
