using Functions.Backup.Pipeline;
using Functions.Backup.Restore;

namespace Functions.Backup.Sources.LabelStudio;

internal sealed partial class LabelStudioRestorer
{
    // The copy is written beside its final name, read to its end (where the reader checks the checksum), checked by
    // sqlite3, and only then renamed over: a corrupt or cut stream never leaves a half-written database in place.
    private async Task<SqliteFacts> RestoreDatabaseAsync(
        StoredObject entry, IObjectReader reader, string databasePath, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(databasePath)!;
        var temporary = Path.Join(directory, $".{Path.GetFileName(databasePath)}.restoring-{Guid.NewGuid():N}");
        var placed = false;
        try
        {
            await ReadAsync(entry, reader, async stream =>
            {
                await using var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
                await stream.CopyToAsync(file, cancellationToken);
                file.Flush(flushToDisk: true);
            }, cancellationToken);

            var facts = await SqliteFacts.ReadAsync(cli, temporary, cancellationToken);
            if (!facts.IsSound)
            {
                throw new SourceFailedException(Source, $"{entry.Name} failed integrity_check and was not put in place: {facts.IntegritySummary}");
            }

            // A stale -wal or -journal would be replayed onto the restored file by the next open, corrupting it.
            foreach (var suffix in LabelStudioObjects.CompanionSuffixes)
            {
                File.Delete(databasePath + suffix);
            }

            File.Move(temporary, databasePath, overwrite: true);
            placed = true;
            return facts;
        }
        finally
        {
            if (!placed)
            {
                File.Delete(temporary);
            }
        }
    }
}
