using Microsoft.Extensions.Logging;

namespace Functions.Backup.Sources.Redis;

/// <summary>Logs a long Redis operation's progress every few seconds (keys, bytes, rates) and one line at the end.</summary>
/// <param name="operation">What runs, e.g. <c>logical snapshot of cache:6379/0</c>.</param>
/// <param name="countsKeys">Whether it knows keys (an RDB transfer counts bytes only).</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The logger.</param>
internal sealed class RedisProgress(string operation, bool countsKeys, TimeProvider time, ILogger logger)
{
    private const double MB = 1024 * 1024;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly long _started = time.GetTimestamp();
    private long _lastReport = time.GetTimestamp();
    private long _keys;
    private long _bytes;

    /// <summary>Takes the running totals, logging when the interval has passed.</summary>
    /// <param name="keys">Keys so far.</param>
    /// <param name="bytes">Bytes so far.</param>
    public void Report(long keys, long bytes)
    {
        (_keys, _bytes) = (keys, bytes);
        if (time.GetElapsedTime(_lastReport) < Interval)
        {
            return;
        }

        _lastReport = time.GetTimestamp();
        var seconds = time.GetElapsedTime(_started).TotalSeconds;
        if (countsKeys)
        {
            logger.KeysProgress(operation, keys, Math.Round(bytes / MB, 1), Math.Round(keys / seconds), Rate(bytes, seconds));
        }
        else
        {
            logger.BytesProgress(operation, Math.Round(bytes / MB, 1), Rate(bytes, seconds));
        }
    }

    /// <summary>Logs the summary.</summary>
    public void Done()
    {
        var seconds = Math.Max(time.GetElapsedTime(_started).TotalSeconds, 0.001);
        if (countsKeys)
        {
            logger.KeysDone(operation, _keys, _bytes, Math.Round(seconds, 2), Math.Round(_keys / seconds), Rate(_bytes, seconds));
        }
        else
        {
            logger.BytesDone(operation, _bytes, Math.Round(seconds, 2), Rate(_bytes, seconds));
        }
    }

    private static double Rate(long bytes, double seconds) => Math.Round(bytes / MB / seconds, 1);
}
