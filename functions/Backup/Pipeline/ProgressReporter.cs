using Microsoft.Extensions.Logging;

namespace Functions.Backup.Pipeline;

/// <summary>Logs an object's progress every few seconds (bytes, rate), and one line when it is stored.</summary>
/// <param name="key">The object.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The logger.</param>
internal sealed partial class ProgressReporter(string key, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private readonly long _started = time.GetTimestamp();
    private long _lastReport = time.GetTimestamp();

    public void Report(long bytes)
    {
        if (time.GetElapsedTime(_lastReport) < Interval)
        {
            return;
        }

        _lastReport = time.GetTimestamp();
        var seconds = time.GetElapsedTime(_started).TotalSeconds;
        LogProgress(key, Math.Round(bytes / 1048576.0, 1), Math.Round(bytes / 1048576.0 / seconds, 1));
    }

    public void Done(long plainBytes, long storedBytes, TimeSpan elapsed) =>
        LogStored(key, plainBytes, storedBytes, Math.Round(elapsed.TotalSeconds, 2), Math.Round(plainBytes / 1048576.0 / Math.Max(elapsed.TotalSeconds, 0.001), 1));

    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "{Key}: {MegabytesRead} MB so far, {MegabytesPerSecond} MB/s")]
    private partial void LogProgress(string key, double megabytesRead, double megabytesPerSecond);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "{Key}: stored {PlainBytes} bytes as {StoredBytes} in {Seconds} s ({MegabytesPerSecond} MB/s)")]
    private partial void LogStored(string key, long plainBytes, long storedBytes, double seconds, double megabytesPerSecond);
}
