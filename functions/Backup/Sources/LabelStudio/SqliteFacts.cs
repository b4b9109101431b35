using System.Globalization;
using Functions.Backup.Pipeline;

namespace Functions.Backup.Sources.LabelStudio;

/// <summary>What sqlite3 says about a database file: its version, size, tables and <c>PRAGMA integrity_check</c>.</summary>
/// <param name="Version">The SQLite library version that read it.</param>
/// <param name="PageSize">Bytes per page.</param>
/// <param name="PageCount">Pages.</param>
/// <param name="Tables">Tables in the schema.</param>
/// <param name="Integrity">integrity_check's lines: just <c>ok</c> when sound.</param>
internal sealed record SqliteFacts(string Version, long PageSize, long PageCount, int Tables, IReadOnlyList<string> Integrity)
{
    // One labelled line per fact, then a marker: integrity_check's messages may span lines, so all that follows it is its.
    private const string Query =
        "SELECT 'version=' || sqlite_version();" +
        "SELECT 'page_size=' || page_size FROM pragma_page_size;" +
        "SELECT 'page_count=' || page_count FROM pragma_page_count;" +
        "SELECT 'tables=' || count(*) FROM sqlite_schema WHERE type = 'table';" +
        "SELECT '" + IntegrityMarker + "';" +
        "PRAGMA integrity_check;";

    private const string IntegrityMarker = "integrity_check:";

    /// <summary>Whether integrity_check found nothing wrong.</summary>
    public bool IsSound => Integrity is ["ok"];

    /// <summary>integrity_check's verdict in one line: <c>ok</c>, or its first problems.</summary>
    public string IntegritySummary => IsSound
        ? "ok"
        : string.Join("; ", Integrity.Take(3)) + (Integrity.Count > 3 ? $"; … ({Integrity.Count} lines)" : "");

    /// <summary>Reads the facts of a database file, read-only.</summary>
    /// <param name="cli">The shell.</param>
    /// <param name="path">The database file.</param>
    /// <param name="cancellationToken">Kills the shell.</param>
    /// <returns>The facts; a check that stopped on a malformed page is an unsound verdict, not an error.</returns>
    /// <exception cref="SourceFailedException">sqlite3 is missing or cannot read the file at all (e.g. "file is not a database").</exception>
    public static async Task<SqliteFacts> ReadAsync(SqliteCli cli, string path, CancellationToken cancellationToken)
    {
        var run = await cli.RunAsync(["-readonly", "-batch", "-bail", path, Query], cancellationToken);
        if (run.ExitCode == 0)
        {
            return Parse(run.Output);
        }

        // sqlite3 prints what integrity_check found, then exits non-zero on the malformed page that stopped it.
        return run.Output.Contains(IntegrityMarker, StringComparison.Ordinal)
            ? Parse(run.Output + "\n" + run.Error)
            : throw cli.Failure(run);
    }

    /// <summary>Parses the shell's output of the facts query.</summary>
    /// <param name="output">What it printed.</param>
    /// <returns>The facts.</returns>
    public static SqliteFacts Parse(string output)
    {
        string version = "?";
        long pageSize = 0, pageCount = 0;
        var tables = 0;
        List<string>? integrity = null;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (integrity is not null)
            {
                integrity.Add(line);
                continue;
            }

            var at = line.IndexOf('=', StringComparison.Ordinal);
            var value = at > 0 ? line[(at + 1)..] : "";
            switch (at > 0 ? line[..at] : line)
            {
                case "version": version = value; break;
                case "page_size": pageSize = long.Parse(value, CultureInfo.InvariantCulture); break;
                case "page_count": pageCount = long.Parse(value, CultureInfo.InvariantCulture); break;
                case "tables": tables = int.Parse(value, CultureInfo.InvariantCulture); break;
                case IntegrityMarker: integrity = []; break;
                default: break;
            }
        }

        return new SqliteFacts(version, pageSize, pageCount, tables, integrity ?? ["integrity_check did not run"]);
    }

    /// <summary>Records the facts in a source's details.</summary>
    /// <param name="details">The details.</param>
    public void AddTo(IDictionary<string, string> details)
    {
        details["sqlite.version"] = Version;
        details["sqlite.pageSize"] = PageSize.ToString(CultureInfo.InvariantCulture);
        details["sqlite.pageCount"] = PageCount.ToString(CultureInfo.InvariantCulture);
        details["sqlite.tables"] = Tables.ToString(CultureInfo.InvariantCulture);
        details["sqlite.integrity"] = IntegritySummary;
    }

    /// <summary>A one-line description for reports.</summary>
    /// <returns>E.g. <c>SQLite 3.40.1, 42 tables, 1,058 pages of 4,096 bytes, integrity_check ok</c>.</returns>
    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"SQLite {Version}, {Tables} tables, {PageCount:N0} pages of {PageSize:N0} bytes, integrity_check {IntegritySummary}");
}
