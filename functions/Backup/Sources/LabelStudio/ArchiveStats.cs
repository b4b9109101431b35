using System.Globalization;

namespace Functions.Backup.Sources.LabelStudio;

/// <summary>What went into (or came out of) a data-directory tar.</summary>
internal sealed class ArchiveStats
{
    /// <summary>Regular files.</summary>
    public long Files { get; set; }

    /// <summary>Directories.</summary>
    public long Directories { get; set; }

    /// <summary>Symbolic links, stored as links.</summary>
    public long Symlinks { get; set; }

    /// <summary>Bytes of file content.</summary>
    public long Bytes { get; set; }

    /// <summary>Files that were gone by the time they were read.</summary>
    public long Vanished { get; set; }

    /// <summary>Files that changed while they were read (stored as far as they were read at their first length).</summary>
    public long Changed { get; set; }

    /// <summary>Sockets, FIFOs, devices and other entries that are not files, directories or links: skipped.</summary>
    public long Skipped { get; set; }

    /// <summary>Records the counts in a source's details.</summary>
    /// <param name="details">The details.</param>
    public void AddTo(IDictionary<string, string> details)
    {
        details["files.files"] = Format(Files);
        details["files.directories"] = Format(Directories);
        details["files.symlinks"] = Format(Symlinks);
        details["files.bytes"] = Format(Bytes);
        details["files.vanished"] = Format(Vanished);
        details["files.changed"] = Format(Changed);
        details["files.skipped"] = Format(Skipped);
    }

    /// <summary>A one-line description for reports.</summary>
    /// <returns>E.g. <c>1,204 files (3.4 MB), 17 directories, 1 symlink</c>.</returns>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Files:N0} files ({Bytes / 1e6:0.#} MB), {Directories:N0} directories, {Symlinks:N0} symlinks{(Skipped > 0 ? $", {Skipped:N0} skipped" : "")}");

    private static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}
