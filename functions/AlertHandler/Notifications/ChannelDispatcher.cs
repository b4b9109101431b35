using Functions.Notify;
using Microsoft.Extensions.Logging;

namespace Functions.AlertHandler.Notifications;

/// <summary>
/// Sends a flush's notifications channel by channel: each is claimed in the notification log first (so no channel
/// gets the same state twice, whichever instance sends it), then paid for from the channel's token bucket; when the
/// bucket cannot pay for all of them, the overflow is folded into one digest instead of being dropped or throttled
/// by the platform (WeCom and DingTalk ban a robot for 10 minutes past 20 a minute).
/// </summary>
/// <param name="sender">The HTTP sender.</param>
/// <param name="log">The notification log.</param>
/// <param name="bucket">The per-channel token buckets.</param>
/// <param name="options">Claim timeout.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class ChannelDispatcher(NotificationSender sender, NotificationLog log, RedisTokenBucket bucket, NotifyOptions options, ILogger<ChannelDispatcher> logger)
{
    /// <summary>Sends every piece of work; the result of each, in the same order.</summary>
    public async Task<IReadOnlyList<NotifyResult>> DispatchAsync(IReadOnlyList<ChannelWork> work, CancellationToken cancellationToken)
    {
        var results = new NotifyResult[work.Count];
        foreach (var channel in work.Select((w, i) => (w, i)).GroupBy(x => x.w.Channel.Name, StringComparer.Ordinal))
        {
            var claimed = new List<int>();
            foreach (var (item, index) in channel)
            {
                if (item.Message.Status == NotificationStatus.Resolved && !item.Channel.SendResolved)
                {
                    results[index] = NotifyResult.Skipped;
                }
                else if (await log.TryClaimAsync(item.Channel.Name, item.DedupKey, item.StateHash, options.ClaimTimeout, item.Message.Title, cancellationToken))
                {
                    claimed.Add(index);
                }
                else
                {
                    results[index] = NotifyResult.AlreadySent;
                }
            }

            if (claimed.Count > 0)
            {
                await SendClaimedAsync(work, claimed, results, cancellationToken);
            }
        }

        return results;
    }

    private async Task SendClaimedAsync(IReadOnlyList<ChannelWork> work, List<int> claimed, NotifyResult[] results, CancellationToken cancellationToken)
    {
        var channel = work[claimed[0]].Channel;
        var limits = channel.EffectiveRateLimit;
        var granted = limits.IsUnlimited ? claimed.Count : await bucket.TryTakeAsync(channel.Name, limits, claimed.Count, cancellationToken);
        if (granted == 0)
        {
            var limited = NotifyResult.RateLimited(limits.RetryAfter, $"{channel.Name} is over its rate limit");
            await FinishAsync(work, claimed, limited, results, cancellationToken);
            return;
        }

        var individually = granted >= claimed.Count ? claimed.Count : granted - 1;
        foreach (var index in claimed.Take(individually))
        {
            var result = await SendAsync(channel, work[index].Message, cancellationToken);
            await FinishAsync(work, [index], result, results, cancellationToken);
        }

        var folded = claimed.Skip(individually).ToList();
        if (folded.Count > 0)
        {
            LogDigest(channel.Name, folded.Count);
            var digest = NotificationDigest.Fold(folded.Select(i => work[i].Message).ToArray());
            var result = await SendAsync(channel, digest, cancellationToken);
            await FinishAsync(work, folded, result, results, cancellationToken);
        }
    }

    private async Task<NotifyResult> SendAsync(ReceiverSettings channel, Notification message, CancellationToken cancellationToken)
    {
        var outcome = await sender.SendAsync(channel, message, cancellationToken);
        var result = outcome.Status switch
        {
            DeliveryStatus.Delivered => NotifyResult.Sent,
            DeliveryStatus.Throttled => NotifyResult.RateLimited(outcome.RetryAfter ?? channel.EffectiveRateLimit.RetryAfter, outcome.Reason ?? "throttled"),
            _ => NotifyResult.Failed(outcome.Reason ?? "failed", outcome.Retryable),
        };
        LogSent(channel.Name, message.Title, result.Status, result.Reason);
        return result;
    }

    // A claim that did not end in a delivery is released as failed, so the next flush may claim it again.
    private async Task FinishAsync(IReadOnlyList<ChannelWork> work, IReadOnlyList<int> indexes, NotifyResult result, NotifyResult[] results, CancellationToken cancellationToken)
    {
        foreach (var index in indexes)
        {
            var item = work[index];
            if (result.Status == NotifyStatus.Sent)
            {
                await log.MarkSentAsync(item.Channel.Name, item.DedupKey, item.StateHash, cancellationToken);
            }
            else
            {
                await log.MarkFailedAsync(item.Channel.Name, item.DedupKey, item.StateHash, result.Reason ?? result.Status.ToString(), cancellationToken);
            }

            results[index] = result;
        }
    }

    [LoggerMessage(EventId = 6100, Level = LogLevel.Warning, Message = "Channel {Channel} cannot take every notification now: folding {Count} into one digest")]
    private partial void LogDigest(string channel, int count);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Notified {Channel} of '{Title}': {Status} {Reason}")]
    private partial void LogSent(string channel, string title, NotifyStatus status, string? reason);
}
