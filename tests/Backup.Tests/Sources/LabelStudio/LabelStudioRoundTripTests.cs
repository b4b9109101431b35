using Functions.Backup.Pipeline;
using Functions.Backup.Sources.LabelStudio;
using Functions.Backup.Tests.Support;

namespace Functions.Backup.Tests.Sources.LabelStudio;

[TestClass]
public sealed class LabelStudioRoundTripTests
{
    public TestContext TestContext { get; set; } = null!;

    private const int InitialRows = 400;

    [TestMethod]
    public async Task Backup_LiveWalDatabaseAndFiles_VerifiesAndRestoresIdentically()
    {
        SqliteTool.Require();
        using var data = new LabelStudioDataDirectory(withSpecialFiles: true);
        var writer = new MemorySourceWriter(LabelStudioObjects.SourceName);
        using var target = new ScratchDirectory();
        long committedBefore;
        SourceReport report;
        await using (var live = LiveSqliteWriter.Start(data.Database, InitialRows))
        {
            // Rows past the initial ones exist only in the -wal file (the writer never checkpoints).
            await live.WaitForRowsAsync(InitialRows + 20);
            committedBefore = SqliteTool.Scalar(data.Database, "SELECT count(*) FROM task_annotation;");
            Assert.IsTrue(File.Exists(data.Database + "-wal"));

            report = await LabelStudioParts.Source(LabelStudioParts.Options(data.Root)).BackupAsync(writer, TestContext.CancellationToken);
        }

        Assert.AreSequenceEqual(new[] { "files.tar", "label_studio.sqlite3" }, report.Objects.Select(o => o.Name).ToArray());
        Assert.AreEqual("tar + sqlite VACUUM INTO", report.Mode);
        Assert.AreEqual("ok", report.Details["sqlite.integrity"]);
        Assert.AreEqual("3", report.Details["sqlite.tables"], "two tables and sqlite_sequence");
        Assert.AreEqual("2", report.Details["files.skipped"], "the FIFO and the socket");
        var names = LabelStudioParts.TarNames(writer.Objects["labelstudio/files.tar"]);
        Assert.DoesNotContain(n => n.StartsWith("label_studio.sqlite3", StringComparison.Ordinal) || n is "media/pipe" or "media/socket", names);
        Assert.Contains(n => n.Length > 100, names, "the long path is stored whole");

        await LabelStudioParts.AssertVerifiedAsync(writer, report);
        var restored = await LabelStudioParts.RestoreAsync(report, writer, target);

        DirectoryComparison.AssertSame(data.Root, target, LabelStudioDataDirectory.IsSkipped);
        var database = Path.Join(target, "label_studio.sqlite3");
        Assert.AreEqual("ok", SqliteTool.Run(database, "PRAGMA integrity_check;").Trim());
        var (rows, maxId, torn) = (
            SqliteTool.Scalar(database, "SELECT count(*) FROM task_annotation;"),
            SqliteTool.Scalar(database, "SELECT max(id) FROM task_annotation;"),
            SqliteTool.Scalar(database, "SELECT count(*) FROM task_annotation WHERE digest IS NOT hex(substr(payload, 1, 16));"));
        Assert.IsGreaterThanOrEqualTo(committedBefore, rows, "every row committed before the backup began, WAL included");
        Assert.AreEqual(rows, maxId, "a prefix of the inserts, no gaps");
        Assert.AreEqual(0, torn);
        Assert.IsFalse(File.Exists(database + "-wal"));
        Assert.AreEqual(writer.Objects.Values.Sum(b => (long)b.Length), restored.Bytes);
        Assert.Contains("integrity_check ok", restored.Summary);
    }

    [TestMethod]
    public async Task Backup_NoSqliteDatabase_StoresFilesAndSaysWhy()
    {
        using var data = new LabelStudioDataDirectory();
        var writer = new MemorySourceWriter(LabelStudioObjects.SourceName);

        var report = await LabelStudioParts.Source(LabelStudioParts.Options(data.Root)).BackupAsync(writer, TestContext.CancellationToken);

        Assert.AreEqual("files.tar", report.Objects.Single().Name);
        Assert.AreEqual("tar", report.Mode);
        Assert.StartsWith("absent", report.Details["sqlite"]);
        Assert.Contains("postgres source", report.Details["sqlite"]);
        Assert.AreEqual("7", report.Details["files.files"]);
    }

    [TestMethod]
    public async Task Backup_SqliteCliMissing_FailsNamingItAfterStoringTheFiles()
    {
        using var data = new LabelStudioDataDirectory();
        await File.WriteAllBytesAsync(data.Database, LabelStudioDataDirectory.RandomBytes(4096), TestContext.CancellationToken);
        var options = new LabelStudioOptions { DataDirectory = data.Root, SqliteCommand = "/nonexistent/sqlite3" };
        var writer = new MemorySourceWriter(LabelStudioObjects.SourceName);

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(() => LabelStudioParts.Source(options).BackupAsync(writer, TestContext.CancellationToken));

        Assert.Contains("sqlite failed", error.Message);
        Assert.Contains("install the Debian package sqlite3", error.Message);
        Assert.Contains("stored anyway: files.tar", error.Message);
        Assert.AreSequenceEqual(new[] { "labelstudio/files.tar" }, writer.Objects.Keys.ToArray());
    }

    [TestMethod]
    public async Task Backup_DataDirectoryMissing_FailsNamingIt()
    {
        var options = new LabelStudioOptions { DataDirectory = "/nonexistent/label-studio-data" };

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(
            () => LabelStudioParts.Source(options).BackupAsync(new MemorySourceWriter(LabelStudioObjects.SourceName), TestContext.CancellationToken));

        Assert.Contains("LABEL_STUDIO_DATA_DIR", error.Message);
    }
}
