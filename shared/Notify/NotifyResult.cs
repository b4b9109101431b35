namespace Functions.Notify;

/// <summary>The result of <see cref="Notifier.NotifyAsync"/>. Reasons never hold a receiver's token or secret.</summary>
/// <param name="Status">What became of the notification.</param>
/// <param name="Reason">For rate-limited, skipped and failed: why.</param>
/// <param name="RetryAfter">For rate-limited: when a retry may get through.</param>
/// <param name="Retryable">For failed: whether a later attempt can help.</param>
public sealed record NotifyResult(NotifyStatus Status, string? Reason = null, TimeSpan? RetryAfter = null, bool Retryable = false)
{
    /// <summary>Delivered.</summary>
    public static NotifyResult Sent { get; } = new(NotifyStatus.Sent);

    /// <summary>Already sent, says the log.</summary>
    public static NotifyResult AlreadySent { get; } = new(NotifyStatus.AlreadySent, "already sent or being sent");

    /// <summary>Resolved, and the receiver does not want resolved notifications.</summary>
    public static NotifyResult Skipped { get; } = new(NotifyStatus.Skipped, "the receiver does not send resolved notifications");

    /// <summary>Rate-limited.</summary>
    /// <param name="retryAfter">When to retry.</param>
    /// <param name="reason">Whose limit.</param>
    /// <returns>The result.</returns>
    public static NotifyResult RateLimited(TimeSpan retryAfter, string reason) => new(NotifyStatus.RateLimited, reason, retryAfter, Retryable: true);

    /// <summary>Failed.</summary>
    /// <param name="reason">Why.</param>
    /// <param name="retryable">Whether a later attempt can help.</param>
    /// <returns>The result.</returns>
    public static NotifyResult Failed(string reason, bool retryable) => new(NotifyStatus.Failed, reason, null, retryable);
}
