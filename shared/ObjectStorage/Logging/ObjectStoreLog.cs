using Microsoft.Extensions.Logging;

namespace Functions.ObjectStorage.Logging;

/// <summary>The object store's log lines (source-generated; keys and ids only, never credentials).</summary>
internal static partial class ObjectStoreLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Warning, Message = "Retrying {Request} (attempt {Attempt}) in {DelayMs:F0} ms: {Reason}")]
    public static partial void Retrying(this ILogger logger, string request, int attempt, double delayMs, string reason);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information,
        Message = "Uploaded {Key}: {Size} bytes in {PartCount} parts, CRC-64 {Crc64} verified {Crc64Verified}, {DurationMs:F0} ms")]
    public static partial void Uploaded(this ILogger logger, string key, long size, int partCount, ulong crc64, bool crc64Verified, double durationMs);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Upload of {Key} failed; aborting multipart upload {UploadId}")]
    public static partial void UploadFailed(this ILogger logger, string key, string uploadId, Exception exception);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "Could not abort multipart upload {UploadId} of {Key}; it may need a cleanup")]
    public static partial void AbortFailed(this ILogger logger, string key, string uploadId, Exception exception);

    [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "The service reported no CRC-64 for {Key}; stored without a CRC check")]
    public static partial void Crc64Unavailable(this ILogger logger, string key);

    [LoggerMessage(EventId = 305, Level = LogLevel.Information, Message = "Aborted stale multipart upload {UploadId} of {Key}, started {Initiated:o}")]
    public static partial void StaleUploadAborted(this ILogger logger, string key, string uploadId, DateTimeOffset initiated);
}
