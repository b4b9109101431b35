using System.Formats.Tar;

namespace Functions.Backup.Sources.LabelStudio;

/// <summary>
/// Extracts a data-directory tar under a target directory, refusing anything that would write outside it: names that
/// are absolute or climb with <c>..</c>, and paths that go through a symbolic link already in the target. Links from
/// the archive are made last, so nothing is ever written through one; directory modes and times are set last, after
/// their contents (a read-only mode would stop the writes, and each write would move the time).
/// </summary>
/// <param name="target">The target directory (full path, existing).</param>
/// <param name="trackPaths">Whether to remember every restored path, to tell later which files were there before.</param>
internal sealed class TarExtractor(string target, bool trackPaths)
{
    private readonly HashSet<string> _checkedDirectories = new(StringComparer.Ordinal) { "" };
    private readonly List<(string Path, string LinkTarget)> _links = [];
    private readonly List<(string Path, UnixFileMode Mode, DateTimeOffset Modified)> _directories = [];

    /// <summary>What was extracted.</summary>
    public ArchiveStats Stats { get; } = new();

    /// <summary>Every restored relative path, when tracked.</summary>
    public HashSet<string> Restored { get; } = new(StringComparer.Ordinal);

    /// <summary>Extracts the archive.</summary>
    /// <param name="tar">The tar stream.</param>
    /// <param name="cancellationToken">Cancels between and within entries.</param>
    /// <returns>When done.</returns>
    /// <exception cref="InvalidDataException">An entry is unsafe, or the stream is corrupt (the reader's checksum).</exception>
    public async Task ExtractAsync(Stream tar, CancellationToken cancellationToken)
    {
        await using var reader = new TarReader(tar, leaveOpen: true);
        while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            if (!TarEntryPaths.TryNormalize(entry.Name, out var relative))
            {
                throw new InvalidDataException($"the entry '{entry.Name}' is absolute or climbs out of the target with '..'; refused");
            }

            if (relative.Length == 0)
            {
                continue;
            }

            var path = TarEntryPaths.Resolve(target, relative);
            switch (entry.EntryType)
            {
                case TarEntryType.Directory:
                    EnsureDirectory(relative);
                    _directories.Add((path, entry.Mode, entry.ModificationTime));
                    Stats.Directories++;
                    break;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                    await WriteFileAsync(entry, relative, path, cancellationToken);
                    break;
                case TarEntryType.SymbolicLink:
                    EnsureDirectory(Parent(relative));
                    _links.Add((path, entry.LinkName));
                    break;
                default:
                    Stats.Skipped++;
                    continue;
            }

            if (trackPaths)
            {
                Restored.Add(relative);
            }
        }

        foreach (var (path, linkTarget) in _links)
        {
            RemoveExisting(path);
            File.CreateSymbolicLink(path, linkTarget);
            Stats.Symlinks++;
        }

        foreach (var (path, mode, modified) in _directories)
        {
            Directory.SetLastWriteTimeUtc(path, modified.UtcDateTime);
            SetMode(path, mode);
        }
    }

    private async Task WriteFileAsync(TarEntry entry, string relative, string path, CancellationToken cancellationToken)
    {
        EnsureDirectory(Parent(relative));
        RemoveExisting(path);
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
        {
            if (entry.DataStream is { } data)
            {
                await data.CopyToAsync(file, cancellationToken);
            }
        }

        SetMode(path, entry.Mode);
        File.SetLastWriteTimeUtc(path, entry.ModificationTime.UtcDateTime);
        Stats.Files++;
        Stats.Bytes += entry.Length;
    }

    // Creates the directory and its parents, refusing to go through a link or a file already in the target.
    private void EnsureDirectory(string relative)
    {
        if (_checkedDirectories.Contains(relative))
        {
            return;
        }

        EnsureDirectory(Parent(relative));
        var path = TarEntryPaths.Resolve(target, relative);
        var existing = new DirectoryInfo(path);
        if (existing.LinkTarget is not null || File.Exists(path))
        {
            throw new InvalidDataException($"'{relative}' in the target is a link or a file, not a directory; refusing to write through it");
        }

        Directory.CreateDirectory(path);
        _checkedDirectories.Add(relative);
    }

    // A file or link of the same name is replaced (deleting a link deletes the link, not what it points to).
    private static void RemoveExisting(string path)
    {
        if (Directory.Exists(path) && new DirectoryInfo(path).LinkTarget is null)
        {
            throw new InvalidDataException($"'{path}' is a directory in the target; a file of the backup cannot replace it");
        }

        File.Delete(path);
    }

    private static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private static string Parent(string relative) => relative.LastIndexOf('/') is var at and > 0 ? relative[..at] : "";
}
