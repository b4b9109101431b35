using System.Globalization;
using Functions.Backup.Pipeline;
using Functions.Backup.Restore;
using Microsoft.Extensions.Logging;

namespace Functions.Backup.Sources.LabelStudio;

/// <summary>
/// Restores Label Studio into a directory: <c>files.tar</c> is extracted under it and the SQLite copy is put in place
/// atomically. Export snapshots are a logical copy of tasks and annotations, not of the data directory, so they are left
/// in the set and reported. A non-empty target is refused unless <see cref="RestoreRequest.Clean"/>; then files of the
/// backup replace those of the same name and every other file is left in place and reported: deleting what a backup
/// does not know about is a decision for an operator, not for a restore.
/// </summary>
/// <param name="cli">The sqlite3 shell, to check the database before it is put in place.</param>
/// <param name="time">The clock.</param>
/// <param name="logger">The log.</param>
internal sealed partial class LabelStudioRestorer(SqliteCli cli, TimeProvider time, ILogger<LabelStudioRestorer> logger) : ISourceRestorer
{
    private const int ListedLeftovers = 5;

    /// <inheritdoc />
    public string Source => LabelStudioObjects.SourceName;

    /// <inheritdoc />
    public async Task<RestoreReport> RestoreAsync(RestoreRequest request, IObjectReader reader, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var target = PrepareTarget(request);
        var hadContent = Directory.EnumerateFileSystemEntries(target).Any();
        var databaseName = request.Details.GetValueOrDefault(LabelStudioObjects.DatabaseFileDetail, LabelStudioObjects.Database);
        var summary = new List<string>();
        var exports = new List<string>();
        HashSet<string>? restored = null;
        long bytes = 0;

        foreach (var entry in request.Objects)
        {
            switch (entry.Format)
            {
                case ObjectFormat.Tar:
                    var extractor = new TarExtractor(target, trackPaths: hadContent);
                    await ReadAsync(entry, reader, stream => extractor.ExtractAsync(stream, cancellationToken), cancellationToken);
                    bytes += entry.PlainSize;
                    restored = extractor.Restored;
                    summary.Add($"{entry.Name}: {extractor.Stats.Describe()}");
                    break;
                case ObjectFormat.Sqlite:
                    var facts = await RestoreDatabaseAsync(entry, reader, Path.Join(target, databaseName), cancellationToken);
                    bytes += entry.PlainSize;
                    summary.Add($"{databaseName}: {facts.Describe()}");
                    break;
                case ObjectFormat.LabelStudioExport:
                    exports.Add(entry.Name);
                    break;
                default:
                    throw new SourceFailedException(Source, $"the set holds {entry.Name} ({entry.Format}), which is not a Label Studio object");
            }
        }

        if (exports.Count > 0)
        {
            summary.Add($"not restored, available in set {request.SetId}: {string.Join(", ", exports)} (logical exports; import them through Label Studio)");
        }

        if (hadContent && restored is not null && Leftovers(target, restored, databaseName) is { Count: > 0 } leftovers)
        {
            var listed = string.Join(", ", leftovers.Names) + (leftovers.Count > ListedLeftovers ? ", …" : "");
            summary.Add(string.Create(
                CultureInfo.InvariantCulture, $"{leftovers.Count:N0} files already in the target and not in the backup were left in place ({listed})"));
        }

        var text = string.Join("; ", summary);
        logger.Restored(Source, target, text);
        return new RestoreReport(Source, target, text, bytes, time.GetElapsedTime(started));
    }

    private string PrepareTarget(RestoreRequest request)
    {
        if (!Path.IsPathFullyQualified(request.Target))
        {
            throw new SourceFailedException(Source, $"the target must be an absolute directory path, not '{request.Target}'");
        }

        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(request.Target));
        if (File.Exists(target))
        {
            throw new SourceFailedException(Source, $"the target {target} is a file, not a directory");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !request.Clean)
        {
            throw new SourceFailedException(
                Source, $"the target {target} is not empty; restore into an empty directory, or set clean to overwrite the backup's files there");
        }

        Directory.CreateDirectory(target);
        return target;
    }

    // Reads one object to its very end (so all of it, PlainSize bytes, was checked); a corrupt or unsafe stream becomes
    // a failure that names the object.
    private async Task ReadAsync(StoredObject entry, IObjectReader reader, Func<Stream, Task> consume, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await reader.OpenAsync(entry, cancellationToken);
            await consume(stream);

            // TarReader stops at the first end-of-archive block; the reader checks the checksum only at the very end.
            await stream.CopyToAsync(Stream.Null, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or UnauthorizedAccessException)
        {
            throw new SourceFailedException(Source, $"{entry.Name} could not be restored: {e.Message}; the restore stopped there", e);
        }
    }

    // Files and links in the target that the backup did not hold; links are not followed (they may point anywhere).
    private static (int Count, IReadOnlyList<string> Names) Leftovers(string target, HashSet<string> restored, string databaseName)
    {
        var names = new List<string>();
        var count = 0;
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(target)]);
        while (pending.TryPop(out var directory))
        {
            foreach (var entry in directory.EnumerateFileSystemInfos())
            {
                if (entry is DirectoryInfo { LinkTarget: null } subdirectory)
                {
                    pending.Push(subdirectory);
                    continue;
                }

                var relative = Path.GetRelativePath(target, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
                if (restored.Contains(relative) || relative == databaseName || LabelStudioObjects.CompanionSuffixes.Any(s => relative == databaseName + s))
                {
                    continue;
                }

                if (++count <= ListedLeftovers)
                {
                    names.Add(relative);
                }
            }
        }

        return (count, names);
    }
}
