namespace Functions.Notify;

/// <summary>The result of one attempt to deliver. Reasons never hold the receiver's URL query, token or secret.</summary>
/// <param name="Status">Delivered, throttled or failed.</param>
/// <param name="RetryAfter">For throttled: when to try again.</param>
/// <param name="Retryable">For failed: whether trying again can help (network, 5xx, 429) or not (4xx, bad signature, keyword).</param>
/// <param name="Reason">For throttled and failed: what happened, e.g. "DingTalk errcode 310000: sign not match".</param>
public sealed record DeliveryOutcome(DeliveryStatus Status, TimeSpan? RetryAfter, bool Retryable, string? Reason)
{
    /// <summary>The message was accepted.</summary>
    public static DeliveryOutcome Delivered { get; } = new(DeliveryStatus.Delivered, null, false, null);

    /// <summary>Refused for rate; try again later.</summary>
    /// <param name="retryAfter">When.</param>
    /// <param name="reason">What the platform said.</param>
    /// <returns>The outcome.</returns>
    public static DeliveryOutcome Throttled(TimeSpan retryAfter, string reason) => new(DeliveryStatus.Throttled, retryAfter, true, reason);

    /// <summary>Not delivered.</summary>
    /// <param name="retryable">Whether trying again can help.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The outcome.</returns>
    public static DeliveryOutcome Failed(bool retryable, string reason) => new(DeliveryStatus.Failed, null, retryable, reason);
}
