namespace Functions.Notify;

/// <summary>What became of a notification.</summary>
public enum NotifyStatus
{
    /// <summary>Delivered now.</summary>
    Sent,

    /// <summary>The log says this state was already sent to this receiver (or is being sent by another invocation).</summary>
    AlreadySent,

    /// <summary>Not sent on purpose: a resolved notification to a receiver without <see cref="ReceiverSettings.SendResolved"/>.</summary>
    Skipped,

    /// <summary>Held back by the receiver's rate limit or refused by the platform for rate; retry after <see cref="NotifyResult.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>Not delivered; <see cref="NotifyResult.Retryable"/> says whether a later attempt can help.</summary>
    Failed,
}
