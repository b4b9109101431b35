using System.Globalization;
using Functions.Backup.Pipeline;
using Microsoft.Extensions.Logging;

namespace Functions.Backup.Sources.LabelStudio;

/// <summary>
/// Stores a consistent copy of Label Studio's live SQLite database — never a raw copy of the live file, which can be
/// torn by a concurrent commit and misses what is still in the <c>-wal</c> file.
/// </summary>
/// <remarks>
/// <para><c>VACUUM INTO</c> reads the whole database in one read transaction, so the copy is one committed state
/// including the WAL's content, and in WAL mode the writer is never blocked. The shell's <c>.backup</c> copies 100
/// pages per step and starts over whenever another process commits: under a steady writer (tested, sqlite3 3.40) it
/// only finished once the writer stopped.</para>
/// <para>Why a temporary file: both write the copy with positioned writes, so neither can write to a pipe, a FIFO or
/// <c>/dev/stdout</c> (tested: "unable to open database"); Debian's sqlite3 is built without <c>sqlite_dbpage</c>,
/// which would let one SELECT stream the pages; and <c>.dump</c> streams SQL, not the file (a restore would rebuild
/// every table and lose the page size and the rowids of tables without an INTEGER PRIMARY KEY). So the copy goes to a
/// private temporary directory, is checked, streamed into the writer and deleted. It needs one copy's worth of space
/// there (<see cref="LabelStudioOptions.TemporaryDirectory"/>).</para>
/// </remarks>
/// <param name="cli">The sqlite3 shell.</param>
/// <param name="options">The data directory and limits.</param>
/// <param name="logger">The log.</param>
internal sealed class SqliteSnapshot(SqliteCli cli, LabelStudioOptions options, ILogger logger)
{
    /// <summary>Copies the database consistently, checks the copy and stores it.</summary>
    /// <param name="databasePath">The live database.</param>
    /// <param name="writer">Where it goes.</param>
    /// <param name="details">The source's details, to record the copy's facts in.</param>
    /// <param name="cancellationToken">Cancels (and kills sqlite3).</param>
    /// <returns>The stored object.</returns>
    /// <exception cref="SourceFailedException">sqlite3 is missing, the copy failed, or the copy is not sound.</exception>
    public async Task<StoredObject> BackupAsync(
        string databasePath, ISourceWriter writer, IDictionary<string, string> details, CancellationToken cancellationToken)
    {
        using var scratch = PrivateTempDirectory.Create(options.TemporaryDirectory);
        var copy = scratch.File(LabelStudioObjects.Database);
        var busyMs = ((long)options.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

        // Read-only: the live database's files are never written by us, not even by a checkpoint when we close.
        await cli.RunCheckedAsync(
            ["-readonly", "-batch", "-bail", "-cmd", $".timeout {busyMs}", databasePath, $"VACUUM INTO '{copy.Replace("'", "''", StringComparison.Ordinal)}'"],
            cancellationToken);

        var facts = await SqliteFacts.ReadAsync(cli, copy, cancellationToken);
        facts.AddTo(details);
        if (!facts.IsSound)
        {
            throw new SourceFailedException(
                LabelStudioObjects.SourceName, $"the copy of {databasePath} failed integrity_check: {facts.IntegritySummary}");
        }

        var stored = await writer.WriteAsync(LabelStudioObjects.Database, ObjectFormat.Sqlite, async (stream, token) =>
        {
            await using var file = new FileStream(copy, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await file.CopyToAsync(stream, token);
        }, cancellationToken);

        details["sqlite.method"] = "VACUUM INTO (one read transaction)";
        logger.DatabaseCopied(databasePath, stored.PlainSize, facts.Tables, facts.PageCount);
        return stored;
    }
}
