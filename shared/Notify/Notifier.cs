using Microsoft.Extensions.Logging;

namespace Functions.Notify;

/// <summary>
/// Notifies a receiver once per state: claim (receiver, dedup key, state hash) in the <see cref="NotificationLog"/>,
/// take a token from the receiver's <see cref="RedisTokenBucket"/>, send, and mark the claim sent or failed. A
/// failed, throttled or rate-limited send releases the claim as failed, so a later flush retries it; a sender that
/// dies mid-send leaves a claim that goes stale after <see cref="NotifyOptions.ClaimTimeout"/>.
/// Without a log every call sends (no dedup); without a bucket nothing is rate-limited here.
/// </summary>
/// <param name="sender">Sends.</param>
/// <param name="options">The claim timeout.</param>
/// <param name="logger">Logs results (never URLs' credentials or secrets).</param>
/// <param name="log">The notification log, when PostgreSQL is configured.</param>
/// <param name="bucket">The rate limiter, when Redis is configured.</param>
public sealed partial class Notifier(NotificationSender sender, NotifyOptions options, ILogger<Notifier> logger, NotificationLog? log = null, RedisTokenBucket? bucket = null)
{
    /// <summary>Sends <paramref name="notification"/> to <paramref name="receiver"/> unless this state was already sent there.</summary>
    /// <param name="receiver">Where to.</param>
    /// <param name="notification">What.</param>
    /// <param name="dedupKey">What it is about, e.g. an alert group's key.</param>
    /// <param name="stateHash">Which state of it, e.g. a hash of the firing and resolved alerts.</param>
    /// <param name="cancellationToken">Cancels the work; a claim left behind goes stale.</param>
    /// <returns>What became of it.</returns>
    public async Task<NotifyResult> NotifyAsync(ReceiverSettings receiver, Notification notification, string dedupKey, string stateHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(notification);
        return (await NotifyManyAsync([new NotificationWork(receiver, notification, dedupKey, stateHash)], cancellationToken))[0];
    }

    /// <summary>Sends without the log (no dedup), still within the receiver's rate limit: for a <c>test</c> command.</summary>
    /// <param name="receiver">Where to.</param>
    /// <param name="notification">What.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>What became of it.</returns>
    public Task<NotifyResult> SendDirectAsync(ReceiverSettings receiver, Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        ArgumentNullException.ThrowIfNull(notification);
        return SendLimitedAsync(receiver, notification, cancellationToken);
    }

    private async Task<NotifyResult> SendLimitedAsync(ReceiverSettings receiver, Notification notification, CancellationToken cancellationToken)
    {
        var limits = receiver.EffectiveRateLimit;
        if (bucket is not null && await bucket.TryTakeAsync(receiver.BucketKey, limits, 1, cancellationToken) == 0)
        {
            return NotifyResult.RateLimited(limits.RetryAfter, $"{receiver.Name} is over its rate limit");
        }

        return await SendAsync(receiver, notification, cancellationToken);
    }

    [LoggerMessage(EventId = 7110, Level = LogLevel.Information, Message = "Not notifying {Receiver} of {DedupKey} ({StateHash}): already sent or being sent")]
    private partial void LogAlreadySent(string receiver, string dedupKey, string stateHash);

    [LoggerMessage(EventId = 7111, Level = LogLevel.Information, Message = "Notify {Receiver} of {DedupKey} ({StateHash}): {Status} {Reason}")]
    private partial void LogResult(string receiver, string dedupKey, string stateHash, NotifyStatus status, string? reason);
}
