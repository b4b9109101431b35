using System.Globalization;
using Functions.State.Redis;
using StackExchange.Redis;

namespace Functions.Notify;

/// <summary>
/// Per-receiver token buckets in Redis, shared by every instance of every function that notifies the same robot.
/// One Lua script reads, refills and takes from all the receiver's windows atomically; the clock is the caller's
/// <see cref="TimeProvider"/>, passed in as an argument, so tests control it and instances agree on refill.
/// </summary>
/// <param name="redis">The connection.</param>
/// <param name="time">The clock.</param>
public sealed class RedisTokenBucket(RedisConnection redis, TimeProvider time)
{
    /// <summary>Every key starts with this, then the receiver's name in braces (one hash slot per receiver).</summary>
    public const string KeyPrefix = "notify:bucket:";

    // ARGV: now (ms), wanted, then capacity and period (ms) per window, in KEYS' order. A missing bucket is full.
    // The granted count is the smallest whole number of tokens any window has, taken from every window.
    private const string Script = """
        local now = tonumber(ARGV[1])
        local want = tonumber(ARGV[2])
        local state = {}
        local grant = want
        for i = 1, #KEYS do
          local capacity = tonumber(ARGV[1 + 2 * i])
          local period = tonumber(ARGV[2 + 2 * i])
          local stored = redis.call('HMGET', KEYS[i], 'tokens', 'at')
          local tokens = tonumber(stored[1])
          local at = tonumber(stored[2])
          if tokens == nil or at == nil then
            tokens = capacity
            at = now
          elseif now > at then
            tokens = math.min(capacity, tokens + (now - at) * capacity / period)
            at = now
          end
          state[i] = { tokens, at, period }
          local whole = math.floor(tokens)
          if whole < grant then grant = whole end
        end
        if grant < 0 then grant = 0 end
        for i = 1, #KEYS do
          redis.call('HSET', KEYS[i], 'tokens', string.format('%.17g', state[i][1] - grant), 'at', string.format('%d', state[i][2]))
          redis.call('PEXPIRE', KEYS[i], math.ceil(state[i][3] * 2))
        end
        return grant
        """;

    /// <summary>Takes up to <paramref name="count"/> tokens from every window of <paramref name="limits"/>.</summary>
    /// <param name="receiverName">What the bucket is kept by: callers pass <see cref="ReceiverSettings.BucketKey"/>, one bucket per robot.</param>
    /// <param name="limits">Its limit; unlimited grants everything without touching Redis.</param>
    /// <param name="count">How many messages are waiting.</param>
    /// <param name="cancellationToken">Cancels waiting for the connection.</param>
    /// <returns>How many may be sent now (0 to <paramref name="count"/>).</returns>
    public async Task<int> TryTakeAsync(string receiverName, ReceiverRateLimit limits, int count, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(receiverName);
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (limits.IsUnlimited || count == 0)
        {
            return count;
        }

        var keys = limits.Windows.Select(w => (RedisKey)KeyOf(receiverName, w)).ToArray();
        var arguments = new List<RedisValue> { time.GetUtcNow().ToUnixTimeMilliseconds(), count };
        foreach (var window in limits.Windows)
        {
            arguments.Add(window.Capacity);
            arguments.Add((long)window.Period.TotalMilliseconds);
        }

        var database = await redis.DatabaseAsync(cancellationToken);
        var granted = await database.ScriptEvaluateAsync(Script, keys, [.. arguments]).WaitAsync(cancellationToken);
        return (int)granted;
    }

    /// <summary>The key of one window's bucket: the braces keep a receiver's windows in one cluster slot.</summary>
    /// <param name="receiverName">The receiver.</param>
    /// <param name="window">The window.</param>
    /// <returns>E.g. <c>notify:bucket:{ops-wecom}:20/60000</c>.</returns>
    public static string KeyOf(string receiverName, RateWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return string.Create(CultureInfo.InvariantCulture, $"{KeyPrefix}{{{receiverName}}}:{window.Capacity}/{(long)window.Period.TotalMilliseconds}");
    }
}
