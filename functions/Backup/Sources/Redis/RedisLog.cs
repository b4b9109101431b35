using Microsoft.Extensions.Logging;

namespace Functions.Backup.Sources.Redis;

/// <summary>The Redis source's and restorer's log lines (hosts and counts only; never credentials or values).</summary>
internal static partial class RedisLog
{
    [LoggerMessage(EventId = 2300, Level = LogLevel.Information, Message = "{Operation}: {Megabytes} MB so far, {MegabytesPerSecond} MB/s")]
    public static partial void BytesProgress(this ILogger logger, string operation, double megabytes, double megabytesPerSecond);

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information,
        Message = "{Operation}: {Keys} keys, {Megabytes} MB so far, {KeysPerSecond} keys/s, {MegabytesPerSecond} MB/s")]
    public static partial void KeysProgress(
        this ILogger logger, string operation, long keys, double megabytes, double keysPerSecond, double megabytesPerSecond);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information,
        Message = "{Operation} done: {Bytes} bytes in {Seconds} s ({MegabytesPerSecond} MB/s)")]
    public static partial void BytesDone(this ILogger logger, string operation, long bytes, double seconds, double megabytesPerSecond);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Information,
        Message = "{Operation} done: {Keys} keys, {Bytes} bytes in {Seconds} s ({KeysPerSecond} keys/s, {MegabytesPerSecond} MB/s)")]
    public static partial void KeysDone(
        this ILogger logger, string operation, long keys, long bytes, double seconds, double keysPerSecond, double megabytesPerSecond);

    [LoggerMessage(EventId = 2304, Level = LogLevel.Warning,
        Message = "{Target} refused replication ({Reply}); taking a logical snapshot (SCAN + DUMP) instead")]
    public static partial void ReplicationRefused(this ILogger logger, string target, string reply);

    [LoggerMessage(EventId = 2305, Level = LogLevel.Information,
        Message = "{Target} refused REPLCONF rdb-only ({Reply}), as servers before 7.0 do; taking the RDB anyway")]
    public static partial void RdbOnlyRefused(this ILogger logger, string target, string reply);

    [LoggerMessage(EventId = 2306, Level = LogLevel.Information, Message = "{Target} accepted SYNC and is sending a {Transfer} RDB")]
    public static partial void RdbOffered(this ILogger logger, string target, string transfer);

    [LoggerMessage(EventId = 2307, Level = LogLevel.Information, Message = "Started redis-server on 127.0.0.1:{Port} to read the RDB")]
    public static partial void TemporaryServerStarted(this ILogger logger, int port);

    [LoggerMessage(EventId = 2308, Level = LogLevel.Warning, Message = "Could not delete the temporary directory {Directory}: {Reason}")]
    public static partial void TemporaryDirectoryLeft(this ILogger logger, string directory, string reason);
}
