using System.Formats.Tar;
using System.Text;
using Functions.Backup.Pipeline;
using Functions.Backup.Sources.LabelStudio;
using Functions.Backup.Tests.Support;

namespace Functions.Backup.Tests.Sources.LabelStudio;

[TestClass]
public sealed class LabelStudioVerifierTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Verify_Tar_CountsEntriesAndBytes()
    {
        var tar = await ArchiveAsync();

        var verdict = await VerifyAsync(ObjectFormat.Tar, tar);

        Assert.IsTrue(verdict.Passed, verdict.Problem);
        Assert.Contains("entries", verdict.Check);
    }

    [TestMethod]
    [DataRow(0.5)]
    [DataRow(0.9)]
    public async Task Verify_TruncatedTar_Fails(double fraction)
    {
        var tar = await ArchiveAsync();

        var verdict = await VerifyAsync(ObjectFormat.Tar, tar[..(int)(tar.Length * fraction)]);

        Assert.IsFalse(verdict.Passed);
        Assert.IsNotNull(verdict.Problem);
    }

    [TestMethod]
    public async Task Verify_TarWhoseChecksumFailsAtTheEnd_Fails()
    {
        using var data = new LabelStudioDataDirectory();
        var writer = new MemorySourceWriter(LabelStudioObjects.SourceName);
        var report = await LabelStudioParts.Source(LabelStudioParts.Options(data.Root)).BackupAsync(writer, TestContext.CancellationToken);
        var reader = new CorruptObjectReader(writer, LabelStudioObjects.Files, size => size);
        await using var plaintext = await reader.OpenAsync(report.Objects[0], TestContext.CancellationToken);

        var verdict = await LabelStudioParts.Verifier().VerifyAsync(ObjectFormat.Tar, plaintext, TestContext.CancellationToken);

        Assert.IsFalse(verdict.Passed);
        Assert.Contains("SHA-256", verdict.Problem!);
    }

    [TestMethod]
    public async Task Verify_TarEntryClimbingOut_Fails()
    {
        using var buffer = new MemoryStream();
        await using (var tar = new TarWriter(buffer, TarEntryFormat.Pax, leaveOpen: true))
        {
            var entry = new PaxTarEntry(TarEntryType.RegularFile, "../../etc/cron.d/x") { DataStream = new MemoryStream([1]) };
            await tar.WriteEntryAsync(entry, TestContext.CancellationToken);
        }

        var verdict = await VerifyAsync(ObjectFormat.Tar, buffer.ToArray());

        Assert.IsFalse(verdict.Passed);
        Assert.Contains("climbs out", verdict.Problem!);
    }

    [TestMethod]
    public async Task Verify_Sqlite_PassesIntactAndFailsWithBytesFlippedMidFile()
    {
        SqliteTool.Require();
        using var directory = new ScratchDirectory();
        var database = Path.Join(directory, "copy.sqlite3");
        SqliteTool.Run(database, """
            CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);
            CREATE INDEX t_v ON t(v);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) INSERT INTO t(v) SELECT hex(randomblob(60)) FROM n;
            """);
        var intact = await File.ReadAllBytesAsync(database, TestContext.CancellationToken);

        // The start of a page in the middle: its b-tree header and cell pointers.
        var damaged = intact.ToArray();
        var middlePage = damaged.Length / 4096 / 2 * 4096;
        for (var i = middlePage; i < middlePage + 64; i++)
        {
            damaged[i] ^= 0x5A;
        }

        var good = await VerifyAsync(ObjectFormat.Sqlite, intact);
        var bad = await VerifyAsync(ObjectFormat.Sqlite, damaged);

        Assert.IsTrue(good.Passed, good.Problem);
        Assert.Contains("integrity_check ok", good.Check);
        Assert.IsFalse(bad.Passed);
        Assert.IsNotNull(bad.Problem);
    }

    [TestMethod]
    public async Task Verify_NotADatabase_Fails()
    {
        SqliteTool.Require();

        var verdict = await VerifyAsync(ObjectFormat.Sqlite, LabelStudioDataDirectory.RandomBytes(8192));

        Assert.IsFalse(verdict.Passed);
        Assert.Contains("not a database", verdict.Problem!);
    }

    [TestMethod]
    public async Task Verify_Export_CountsTasks()
    {
        var verdict = await VerifyAsync(ObjectFormat.LabelStudioExport, LabelStudioApiEmulator.TasksJson(7, 12));

        Assert.IsTrue(verdict.Passed, verdict.Problem);
        Assert.Contains("12 tasks", verdict.Check);
    }

    [TestMethod]
    [DataRow("""{"tasks":[]}""")]
    [DataRow("""[{"id":1},{"id":2""")]
    [DataRow("""[1,2]""")]
    public async Task Verify_ExportNotAnArrayOfTasks_Fails(string json)
    {
        var verdict = await VerifyAsync(ObjectFormat.LabelStudioExport, Encoding.UTF8.GetBytes(json));

        Assert.IsFalse(verdict.Passed);
    }

    private async Task<Verification.VerificationReport> VerifyAsync(ObjectFormat format, byte[] content) =>
        await LabelStudioParts.Verifier().VerifyAsync(format, new MemoryStream(content), TestContext.CancellationToken);

    private async Task<byte[]> ArchiveAsync()
    {
        using var data = new LabelStudioDataDirectory();
        var writer = new MemorySourceWriter(LabelStudioObjects.SourceName);
        await LabelStudioParts.Source(LabelStudioParts.Options(data.Root)).BackupAsync(writer, TestContext.CancellationToken);
        return writer.Objects["labelstudio/files.tar"];
    }
}
