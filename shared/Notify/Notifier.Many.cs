using Microsoft.Extensions.Logging;

namespace Functions.Notify;

public sealed partial class Notifier
{
    /// <summary>
    /// Sends several notifications, receiver by receiver: each is claimed in the log first (so no receiver gets the
    /// same state twice, whichever instance sends it), then paid for from the receiver's token bucket; when the bucket
    /// cannot pay for all of them, the overflow is folded into one digest rather than dropped or throttled by the
    /// platform (WeCom and DingTalk ban a robot for 10 minutes past 20 a minute). A claim that did not end in a
    /// delivery is released as failed, so a later call may claim it again.
    /// </summary>
    /// <param name="work">What to send where.</param>
    /// <param name="cancellationToken">Cancels the work; a claim left behind goes stale.</param>
    /// <returns>The result of each, in the same order.</returns>
    public async Task<IReadOnlyList<NotifyResult>> NotifyManyAsync(IReadOnlyList<NotificationWork> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var results = new NotifyResult[work.Count];
        foreach (var receiver in work.Select((w, i) => (w, i)).GroupBy(x => x.w.Receiver.Name, StringComparer.Ordinal))
        {
            var claimed = new List<int>();
            foreach (var (item, index) in receiver)
            {
                if (item.Message.Status == NotificationStatus.Resolved && !item.Receiver.SendResolved)
                {
                    results[index] = NotifyResult.Skipped;
                }
                else if (log is null || await log.TryClaimAsync(item.Receiver.Name, item.DedupKey, item.StateHash, options.ClaimTimeout, item.Message.Title, cancellationToken))
                {
                    claimed.Add(index);
                }
                else
                {
                    LogAlreadySent(item.Receiver.Name, item.DedupKey, item.StateHash);
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

    private async Task SendClaimedAsync(IReadOnlyList<NotificationWork> work, List<int> claimed, NotifyResult[] results, CancellationToken cancellationToken)
    {
        var receiver = work[claimed[0]].Receiver;
        var limits = receiver.EffectiveRateLimit;
        var granted = bucket is null || limits.IsUnlimited ? claimed.Count : await bucket.TryTakeAsync(receiver.BucketKey, limits, claimed.Count, cancellationToken);
        if (granted == 0)
        {
            await FinishAsync(work, claimed, NotifyResult.RateLimited(limits.RetryAfter, $"{receiver.Name} is over its rate limit"), results, cancellationToken);
            return;
        }

        var individually = granted >= claimed.Count ? claimed.Count : granted - 1;
        foreach (var index in claimed.Take(individually))
        {
            await FinishAsync(work, [index], await SendAsync(receiver, work[index].Message, cancellationToken), results, cancellationToken);
        }

        var folded = claimed.Skip(individually).ToList();
        if (folded.Count > 0)
        {
            LogDigest(receiver.Name, folded.Count);
            var digest = NotificationDigest.Fold(folded.Select(i => work[i].Message).ToArray());
            await FinishAsync(work, folded, await SendAsync(receiver, digest, cancellationToken), results, cancellationToken);
        }
    }

    private async Task<NotifyResult> SendAsync(ReceiverSettings receiver, Notification message, CancellationToken cancellationToken)
    {
        var outcome = await sender.SendAsync(receiver, message, cancellationToken);
        return outcome.Status switch
        {
            DeliveryStatus.Delivered => NotifyResult.Sent,
            DeliveryStatus.Throttled => NotifyResult.RateLimited(outcome.RetryAfter ?? receiver.EffectiveRateLimit.RetryAfter, outcome.Reason ?? "throttled"),
            _ => NotifyResult.Failed(outcome.Reason ?? "failed", outcome.Retryable),
        };
    }

    private async Task FinishAsync(IReadOnlyList<NotificationWork> work, IReadOnlyList<int> indexes, NotifyResult result, NotifyResult[] results, CancellationToken cancellationToken)
    {
        foreach (var index in indexes)
        {
            var item = work[index];
            if (log is not null)
            {
                if (result.Status == NotifyStatus.Sent)
                {
                    await log.MarkSentAsync(item.Receiver.Name, item.DedupKey, item.StateHash, cancellationToken);
                }
                else
                {
                    await log.MarkFailedAsync(item.Receiver.Name, item.DedupKey, item.StateHash, result.Reason ?? result.Status.ToString(), cancellationToken);
                }
            }

            LogResult(item.Receiver.Name, item.DedupKey, item.StateHash, result.Status, result.Reason);
            results[index] = result;
        }
    }

    [LoggerMessage(EventId = 7112, Level = LogLevel.Warning,
        Message = "{Receiver} cannot take every notification now: folding {Count} into one digest")]
    private partial void LogDigest(string receiver, int count);
}
