using System.Diagnostics;

namespace Functions.Backup.Tests.Sources.LabelStudio;

/// <summary>
/// A Label Studio-like SQLite database in WAL mode with another process committing rows into it for as long as the
/// test runs. Checkpoints are off in the writer, so what it commits stays in the <c>-wal</c> file: a copy of the main
/// file alone would miss it. A trigger stores a digest of each row's payload in the same transaction, so a torn copy shows.
/// </summary>
internal sealed class LiveSqliteWriter : IAsyncDisposable
{
    private const string Insert = "INSERT INTO task_annotation(payload) VALUES (randomblob(1500));";
    private readonly Process _process;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _writing;

    private LiveSqliteWriter(string database, Process process)
    {
        Database = database;
        _process = process;
        _writing = Task.Run(WriteAsync);
    }

    public string Database { get; }

    /// <summary>Creates the database with <paramref name="initialRows"/> committed rows and starts the writer.</summary>
    public static LiveSqliteWriter Start(string database, int initialRows)
    {
        SqliteTool.Run(database, $"""
            PRAGMA journal_mode = WAL;
            CREATE TABLE project(id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL);
            CREATE TABLE task_annotation(id INTEGER PRIMARY KEY AUTOINCREMENT, payload BLOB NOT NULL, digest TEXT);
            CREATE INDEX task_annotation_digest ON task_annotation(digest);
            CREATE TRIGGER task_annotation_digest AFTER INSERT ON task_annotation
            BEGIN UPDATE task_annotation SET digest = hex(substr(NEW.payload, 1, 16)) WHERE id = NEW.id; END;
            INSERT INTO project(title) VALUES ('cats'), ('ñandú 标注');
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {initialRows})
            INSERT INTO task_annotation(payload) SELECT randomblob(1500) FROM n;
            """);

        var start = new ProcessStartInfo("sqlite3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-batch", "-cmd", ".timeout 10000", "-cmd", "PRAGMA synchronous = NORMAL", "-cmd", "PRAGMA wal_autocheckpoint = 0", database })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        return new LiveSqliteWriter(database, process);
    }

    /// <summary>Waits until the writer has committed more than <paramref name="rows"/> rows (no time limit but the test's).</summary>
    public async Task WaitForRowsAsync(long rows)
    {
        while (SqliteTool.Scalar(Database, "SELECT count(*) FROM task_annotation;") <= rows)
        {
            Assert.IsFalse(_writing.IsCompleted, "the writer stopped");
            await Task.Delay(TimeSpan.FromMilliseconds(20), TimeProvider.System);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _writing;
        _process.StandardInput.Close();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _stop.Dispose();
    }

    private async Task WriteAsync()
    {
        var input = _process.StandardInput;
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                await input.WriteLineAsync(Insert);
                await input.FlushAsync();
            }
        }
        catch (IOException)
        {
            // The shell exited; DisposeAsync reports nothing more useful than the rows it committed.
        }
    }
}
