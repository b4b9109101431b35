namespace Functions.Notify;

/// <summary>
/// A receiver's rate limit: every window must have a token for a message to go. The defaults are the platforms'
/// documented per-robot limits; exceeding DingTalk's gets the robot throttled for ten minutes, so staying under
/// them matters more than sending fast.
/// </summary>
/// <param name="Windows">The windows; empty means unlimited.</param>
public sealed record ReceiverRateLimit(IReadOnlyList<RateWindow> Windows)
{
    /// <summary>No limit (a generic webhook unless configured).</summary>
    public static ReceiverRateLimit Unlimited { get; } = new([]);

    /// <summary>WeCom: 20 messages a minute per robot.</summary>
    public static ReceiverRateLimit WeCom { get; } = new([new RateWindow(20, TimeSpan.FromMinutes(1))]);

    /// <summary>DingTalk: 20 messages a minute per robot (more and it is throttled for 10 minutes).</summary>
    public static ReceiverRateLimit DingTalk { get; } = new([new RateWindow(20, TimeSpan.FromMinutes(1))]);

    /// <summary>Feishu: 100 a minute and 5 a second per bot.</summary>
    public static ReceiverRateLimit Feishu { get; } = new([new RateWindow(100, TimeSpan.FromMinutes(1)), new RateWindow(5, TimeSpan.FromSeconds(1))]);

    /// <summary>Whether nothing is limited.</summary>
    public bool IsUnlimited => Windows.Count == 0;

    /// <summary>How long until the tightest window gives one more token back: a retry hint for a refused message.</summary>
    public TimeSpan RetryAfter => IsUnlimited ? TimeSpan.Zero : Windows.Max(w => w.Interval);

    /// <summary>The platform's default.</summary>
    /// <param name="kind">The platform.</param>
    /// <returns>Its documented limit; unlimited for webhooks.</returns>
    public static ReceiverRateLimit For(ReceiverKind kind) => kind switch
    {
        ReceiverKind.WeCom => WeCom,
        ReceiverKind.DingTalk => DingTalk,
        ReceiverKind.Feishu => Feishu,
        _ => Unlimited,
    };

    /// <summary>One window of <paramref name="capacity"/> per <paramref name="period"/>, e.g. for a configured webhook.</summary>
    /// <param name="capacity">Messages.</param>
    /// <param name="period">Per this long.</param>
    /// <returns>The limit.</returns>
    public static ReceiverRateLimit PerPeriod(int capacity, TimeSpan period)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(period, TimeSpan.Zero);
        return new([new RateWindow(capacity, period)]);
    }
}
