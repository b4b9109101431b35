namespace Functions.Notify;

/// <summary>How one attempt to deliver went.</summary>
public enum DeliveryStatus
{
    /// <summary>The platform accepted the message.</summary>
    Delivered,

    /// <summary>The platform refused it for sending too fast; try again after <see cref="DeliveryOutcome.RetryAfter"/>.</summary>
    Throttled,

    /// <summary>It was not delivered; <see cref="DeliveryOutcome.Retryable"/> says whether trying again can help.</summary>
    Failed,
}
