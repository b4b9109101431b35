using System.Formats.Tar;

namespace Functions.Backup.Sources.LabelStudio;

internal sealed partial class DataDirectoryArchiver
{
    private async Task WriteFileAsync(TarWriter tar, FileInfo file, string name, CancellationToken cancellationToken)
    {
        try
        {
            // Sockets, FIFOs and devices look like empty files to .NET, and opening a FIFO would block: empty files are
            // classified first. A file that vanished or grew meanwhile is handled by the regular path.
            if (file.Length == 0 && !await IsRegularFileAsync(file, name, cancellationToken))
            {
                _stats.Skipped++;
                return;
            }

            await WriteRegularFileAsync(tar, file, name, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            _stats.Vanished++;
            logger.FileVanished(name);
        }
    }

    private async Task WriteRegularFileAsync(TarWriter tar, FileInfo file, string name, CancellationToken cancellationToken)
    {
        // The listing's view may be stale by now; the entry describes the file as it is opened.
        file.Refresh();
        var (mode, modified) = (file.UnixFileMode, file.LastWriteTimeUtc);
        await using var data = new FileSnapshotStream(file.FullName);
        var entry = new PaxTarEntry(TarEntryType.RegularFile, name) { Mode = mode, ModificationTime = modified, DataStream = data };
        await tar.WriteEntryAsync(entry, cancellationToken);
        _stats.Files++;
        _stats.Bytes += data.Length;

        file.Refresh();
        if (data.Shrank || data.Grew || !file.Exists || file.LastWriteTimeUtc != modified)
        {
            _stats.Changed++;
            logger.FileChanged(name, data.Length);
        }
    }

    // TarWriter reads an entry's type with lstat, which .NET does not expose: a throwaway writer over a small
    // fixed buffer says what this is without opening it (a FIFO is not opened; a socket is refused with an IOException).
    private async Task<bool> IsRegularFileAsync(FileInfo file, string name, CancellationToken cancellationToken)
    {
        using var scratch = new MemoryStream(_probeBuffer);
        try
        {
            await using (var probe = new TarWriter(scratch, TarEntryFormat.Pax, leaveOpen: true))
            {
                await probe.WriteEntryAsync(file.FullName, name, cancellationToken);
            }
        }
        catch (NotSupportedException)
        {
            // It outgrew the buffer since it was listed: a regular file that is being written.
            return true;
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            logger.FileSkipped(name, e.Message);
            return false;
        }

        scratch.Position = 0;
        await using var reader = new TarReader(scratch);
        var type = (await reader.GetNextEntryAsync(copyData: false, cancellationToken))?.EntryType;
        if (type is TarEntryType.RegularFile)
        {
            return true;
        }

        logger.FileSkipped(name, $"a {type}");
        return false;
    }
}
