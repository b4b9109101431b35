using System.Formats.Tar;
using Microsoft.Extensions.Logging;

namespace Functions.Backup.Sources.LabelStudio;

/// <summary>
/// Streams Label Studio's data directory as a PAX tar (long and unicode names, sub-second mtimes), file by file in name
/// order, with relative paths, modes and mtimes; memory stays at one copy buffer whatever the directory holds. The
/// SQLite database and its companion files are left out: they are copied consistently apart. Symbolic links are stored
/// as links and never followed, so nothing outside the directory is read. Ownership is not recorded (.NET exposes no uid).
/// </summary>
/// <param name="dataDirectory">The directory.</param>
/// <param name="databaseFileName">The database file at its top, left out with its <c>-wal</c>, <c>-shm</c> and <c>-journal</c>.</param>
/// <param name="time">The clock, for progress lines.</param>
/// <param name="logger">The log.</param>
internal sealed partial class DataDirectoryArchiver(string dataDirectory, string databaseFileName, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(30);

    // Empty files are probed through a throwaway TarWriter (below); this bounds what a probe may hold.
    private readonly byte[] _probeBuffer = new byte[64 * 1024];
    private readonly ArchiveStats _stats = new();
    private long _started;
    private long _lastProgress;

    /// <summary>Writes the tar.</summary>
    /// <param name="output">Where it goes (left open).</param>
    /// <param name="cancellationToken">Cancels between and within files.</param>
    /// <returns>What went in.</returns>
    public async Task<ArchiveStats> WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        _started = _lastProgress = time.GetTimestamp();
        var root = new DirectoryInfo(dataDirectory);
        await using (var tar = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true))
        {
            await WriteChildrenAsync(tar, root, "", cancellationToken);
        }

        logger.FilesArchived(dataDirectory, _stats.Files, _stats.Bytes, _stats.Vanished, _stats.Changed, time.GetElapsedTime(_started).TotalSeconds);
        return _stats;
    }

    private async Task WriteChildrenAsync(TarWriter tar, DirectoryInfo directory, string prefix, CancellationToken cancellationToken)
    {
        List<FileSystemInfo> children;
        try
        {
            children = [.. directory.EnumerateFileSystemInfos()];
        }
        catch (DirectoryNotFoundException) when (prefix.Length > 0)
        {
            _stats.Vanished++;
            return;
        }

        children.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var child in children)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (prefix.Length == 0 && IsDatabaseFile(child.Name))
            {
                continue;
            }

            var name = prefix + child.Name;
            if (child.LinkTarget is { } linkTarget)
            {
                await WriteLinkAsync(tar, child, name, linkTarget, cancellationToken);
            }
            else if (child is DirectoryInfo subdirectory)
            {
                await WriteDirectoryAsync(tar, subdirectory, name, cancellationToken);
            }
            else
            {
                await WriteFileAsync(tar, (FileInfo)child, name, cancellationToken);
            }

            ReportProgress();
        }
    }

    private bool IsDatabaseFile(string name) =>
        name == databaseFileName ||
        LabelStudioObjects.CompanionSuffixes.Any(suffix => name == databaseFileName + suffix);

    private async Task WriteLinkAsync(TarWriter tar, FileSystemInfo link, string name, string linkTarget, CancellationToken cancellationToken)
    {
        var entry = new PaxTarEntry(TarEntryType.SymbolicLink, name) { LinkName = linkTarget, ModificationTime = link.LastWriteTimeUtc };
        await tar.WriteEntryAsync(entry, cancellationToken);
        _stats.Symlinks++;
    }

    private async Task WriteDirectoryAsync(TarWriter tar, DirectoryInfo directory, string name, CancellationToken cancellationToken)
    {
        UnixFileMode mode;
        DateTime modified;
        try
        {
            (mode, modified) = (directory.UnixFileMode, directory.LastWriteTimeUtc);
        }
        catch (DirectoryNotFoundException)
        {
            _stats.Vanished++;
            return;
        }

        await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, name + "/") { Mode = mode, ModificationTime = modified }, cancellationToken);
        _stats.Directories++;
        await WriteChildrenAsync(tar, directory, name + "/", cancellationToken);
    }

    private void ReportProgress()
    {
        if (time.GetElapsedTime(_lastProgress) < ProgressEvery)
        {
            return;
        }

        _lastProgress = time.GetTimestamp();
        var seconds = time.GetElapsedTime(_started).TotalSeconds;
        logger.FilesProgress(_stats.Files, _stats.Bytes, _stats.Bytes / 1e6 / Math.Max(seconds, 0.001));
    }
}
