using Microsoft.Extensions.Logging;

namespace Functions.Backup.Sources.LabelStudio;

/// <summary>The Label Studio source's log lines (source-generated; paths, ids and counts only, never the token).</summary>
internal static partial class LabelStudioLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information,
        Message = "Archived {DataDirectory}: {Files} files, {Bytes} bytes ({Vanished} vanished, {Changed} changed while read) in {Seconds:F1} s")]
    public static partial void FilesArchived(this ILogger logger, string dataDirectory, long files, long bytes, long vanished, long changed, double seconds);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Archiving: {Files} files, {Bytes} bytes so far, {MegabytesPerSecond:F1} MB/s")]
    public static partial void FilesProgress(this ILogger logger, long files, long bytes, double megabytesPerSecond);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "{Name} vanished before it was read; skipped")]
    public static partial void FileVanished(this ILogger logger, string name);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "{Name} changed while it was read; stored at its first length, {Length} bytes")]
    public static partial void FileChanged(this ILogger logger, string name, long length);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "{Name} is not a regular file, directory or link ({What}); skipped")]
    public static partial void FileSkipped(this ILogger logger, string name, string what);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Copied {Database} consistently: {Bytes} bytes, {Tables} tables, {Pages} pages, integrity_check ok")]
    public static partial void DatabaseCopied(this ILogger logger, string database, long bytes, int tables, long pages);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "No SQLite database at {Database}; its PostgreSQL database, if any, is the postgres source's")]
    public static partial void DatabaseAbsent(this ILogger logger, string database);

    [LoggerMessage(EventId = 4120, Level = LogLevel.Information, Message = "Export {ExportId} of project {ProjectId} created ({Status})")]
    public static partial void ExportCreated(this ILogger logger, int projectId, int exportId, string? status);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Information, Message = "Export {ExportId} of project {ProjectId} stored: {Bytes} bytes, {Tasks} tasks, MD5 checked")]
    public static partial void ExportStored(this ILogger logger, int projectId, int exportId, long bytes, long? tasks);

    [LoggerMessage(EventId = 4122, Level = LogLevel.Warning, Message = "Export {ExportId} of project {ProjectId} could not be deleted from Label Studio: {Reason}")]
    public static partial void ExportNotDeleted(this ILogger logger, int projectId, int exportId, string reason);

    [LoggerMessage(EventId = 4130, Level = LogLevel.Error, Message = "Label Studio {Part} failed; the other parts go on")]
    public static partial void PartFailed(this ILogger logger, string part, Exception exception);

    [LoggerMessage(EventId = 4140, Level = LogLevel.Information, Message = "Restored {Source} into {Target}: {Summary}")]
    public static partial void Restored(this ILogger logger, string source, string target, string summary);
}
