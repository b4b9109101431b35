using System.Formats.Tar;
using Functions.Backup.Pipeline;
using Functions.Backup.Sources.LabelStudio;
using Functions.Backup.Tests.Support;

namespace Functions.Backup.Tests.Sources.LabelStudio;

[TestClass]
public sealed class LabelStudioRestorerTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Restore_NonEmptyTargetWithoutClean_IsRefusedAndLeftAlone()
    {
        using var data = new LabelStudioDataDirectory();
        var (writer, report) = await BackUpAsync(data);
        using var target = new ScratchDirectory();
        await File.WriteAllTextAsync(Path.Join(target, "keep.txt"), "mine", TestContext.CancellationToken);

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(() => LabelStudioParts.RestoreAsync(report, writer, target));

        Assert.Contains("not empty", error.Message);
        Assert.AreSequenceEqual(new[] { Path.Join(target, "keep.txt") }, Directory.GetFileSystemEntries(target));
    }

    [TestMethod]
    public async Task Restore_Clean_ReplacesTheBackupsFilesAndReportsTheOthers()
    {
        using var data = new LabelStudioDataDirectory();
        var (writer, report) = await BackUpAsync(data);
        using var target = new ScratchDirectory();
        Directory.CreateDirectory(Path.Join(target, "media/upload/1"));
        await File.WriteAllTextAsync(Path.Join(target, "media/upload/1/abcd1234-image.png"), "stale", TestContext.CancellationToken);
        await File.WriteAllTextAsync(Path.Join(target, "stray.txt"), "not in the backup", TestContext.CancellationToken);

        var restored = await LabelStudioParts.RestoreAsync(report, writer, target, clean: true);

        Assert.AreSequenceEqual(
            await File.ReadAllBytesAsync(Path.Join(data.Root, "media/upload/1/abcd1234-image.png"), TestContext.CancellationToken),
            await File.ReadAllBytesAsync(Path.Join(target, "media/upload/1/abcd1234-image.png"), TestContext.CancellationToken));
        Assert.AreEqual("not in the backup", await File.ReadAllTextAsync(Path.Join(target, "stray.txt"), TestContext.CancellationToken));
        Assert.Contains("1 files already in the target and not in the backup were left in place (stray.txt)", restored.Summary);
        DirectoryComparison.AssertSame(data.Root, target, relative => LabelStudioDataDirectory.IsSkipped(relative) || relative == "stray.txt");
    }

    [TestMethod]
    [DataRow("../escape.txt")]
    [DataRow("media/../../escape.txt")]
    [DataRow("/tmp/escape.txt")]
    public async Task Restore_TarEntryOutsideTheTarget_IsRefused(string name)
    {
        using var root = new ScratchDirectory();
        var target = Path.Join(root, "target");
        var writer = new MemorySourceWriter(LabelStudioObjects.SourceName);
        var files = await writer.WriteAsync(LabelStudioObjects.Files, ObjectFormat.Tar, async (stream, token) =>
        {
            await using var tar = new TarWriter(stream, TarEntryFormat.Pax, leaveOpen: true);
            await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, "ok.txt") { DataStream = new MemoryStream([1]) }, token);
            await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream([2]) }, token);
        }, TestContext.CancellationToken);
        var report = new SourceReport(LabelStudioObjects.SourceName, "tar", new Dictionary<string, string>(), [files]);

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(() => LabelStudioParts.RestoreAsync(report, writer, target));

        Assert.Contains("climbs out", error.Message);
        Assert.IsFalse(File.Exists(Path.Join(root, "escape.txt")));
        Assert.IsFalse(File.Exists("/tmp/escape.txt"));
    }

    [TestMethod]
    public async Task Restore_ThroughALinkAlreadyInTheTarget_IsRefused()
    {
        using var data = new LabelStudioDataDirectory();
        var (writer, report) = await BackUpAsync(data);
        using var outside = new ScratchDirectory();
        using var target = new ScratchDirectory();
        Directory.CreateSymbolicLink(Path.Join(target, "media"), outside);

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(() => LabelStudioParts.RestoreAsync(report, writer, target, clean: true));

        Assert.Contains("refusing to write through it", error.Message);
        Assert.IsEmpty(Directory.EnumerateFileSystemEntries(outside));
    }

    [TestMethod]
    [DataRow(0.5, DisplayName = "cut mid-way")]
    [DataRow(1.0, DisplayName = "checksum fails at the end")]
    public async Task Restore_CorruptDatabaseStream_FailsAndLeavesTheOldDatabaseInPlace(double fraction)
    {
        SqliteTool.Require();
        using var data = new LabelStudioDataDirectory();
        SqliteTool.Run(data.Database, """
            CREATE TABLE t(id INTEGER PRIMARY KEY, v BLOB);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) INSERT INTO t(v) SELECT randomblob(500) FROM n;
            """);
        var (writer, report) = await BackUpAsync(data);
        using var target = new ScratchDirectory();
        await File.WriteAllTextAsync(Path.Join(target, "label_studio.sqlite3"), "the database before the restore", TestContext.CancellationToken);
        var reader = new CorruptObjectReader(writer, LabelStudioObjects.Database, size => (long)(size * fraction));

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(() => LabelStudioParts.RestoreAsync(report, reader, target, clean: true));

        Assert.Contains("label_studio.sqlite3 could not be restored", error.Message);
        Assert.IsInstanceOfType<InvalidDataException>(error.InnerException);
        Assert.AreEqual("the database before the restore", await File.ReadAllTextAsync(Path.Join(target, "label_studio.sqlite3"), TestContext.CancellationToken));
        Assert.IsEmpty(Directory.EnumerateFiles(target, ".label_studio.sqlite3*"), "no half-written copy is left behind");
    }

    [TestMethod]
    [DataRow(0.3, DisplayName = "cut mid-way")]
    [DataRow(1.0, DisplayName = "checksum fails after the end-of-archive blocks")]
    public async Task Restore_CorruptFilesStream_FailsNamingTheObject(double fraction)
    {
        using var data = new LabelStudioDataDirectory();
        var (writer, report) = await BackUpAsync(data);
        using var target = new ScratchDirectory();
        var reader = new CorruptObjectReader(writer, LabelStudioObjects.Files, size => (long)(size * fraction));

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(() => LabelStudioParts.RestoreAsync(report, reader, target));

        Assert.Contains("files.tar could not be restored", error.Message);
        Assert.IsInstanceOfType<InvalidDataException>(error.InnerException);
    }

    private async Task<(MemorySourceWriter Writer, SourceReport Report)> BackUpAsync(LabelStudioDataDirectory data)
    {
        var writer = new MemorySourceWriter(LabelStudioObjects.SourceName);
        var report = await LabelStudioParts.Source(LabelStudioParts.Options(data.Root)).BackupAsync(writer, TestContext.CancellationToken);
        return (writer, report);
    }
}
