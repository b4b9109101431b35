using Functions.Backup.Pipeline;
using Functions.Backup.Sources.LabelStudio;
using Functions.Backup.Tests.Support;

namespace Functions.Backup.Tests.Sources.LabelStudio;

[TestClass]
public sealed class LabelStudioExportTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Backup_AllProjects_ExportsEachWithCheckedMd5AndDeletesTheSnapshots()
    {
        await using var api = await LabelStudioApiEmulator.StartAsync();
        using var data = new LabelStudioDataDirectory();
        var writer = new MemorySourceWriter(LabelStudioObjects.SourceName);

        var report = await LabelStudioParts.Source(Options(data, api)).BackupAsync(writer, TestContext.CancellationToken);

        Assert.AreSequenceEqual(new[] { "files.tar", "export-project-1.json", "export-project-2.json" }, report.Objects.Select(o => o.Name).ToArray());
        Assert.AreEqual("tar + api export (2 projects)", report.Mode);
        Assert.AreEqual("1,2", report.Details["export.projects"]);
        Assert.AreEqual("5", report.Details["export.project.2.tasks"]);
        Assert.AreEqual(LabelStudioApiEmulator.Md5(LabelStudioApiEmulator.TasksJson(1, 3)), report.Details["export.project.1.md5"]);
        Assert.AreSequenceEqual(LabelStudioApiEmulator.TasksJson(2, 5), writer.Objects["labelstudio/export-project-2.json"]);
        Assert.IsTrue(api.Titles.All(t => t.StartsWith("superinsight-ops ", StringComparison.Ordinal)), string.Join(", ", api.Titles));
        Assert.AreEqual(0, api.LiveExports, "every snapshot is deleted once stored");
        Assert.Contains(c => c.StartsWith("GET /api/projects/1/exports/", StringComparison.Ordinal), api.Calls, "the export was polled");
        await LabelStudioParts.AssertVerifiedAsync(writer, report);
    }

    [TestMethod]
    public async Task Backup_ConfiguredProjects_ExportsOnlyThose()
    {
        await using var api = await LabelStudioApiEmulator.StartAsync();
        using var data = new LabelStudioDataDirectory();
        var writer = new MemorySourceWriter(LabelStudioObjects.SourceName);
        var options = Options(data, api, projectIds: [2]);

        var report = await LabelStudioParts.Source(options).BackupAsync(writer, TestContext.CancellationToken);

        Assert.AreSequenceEqual(new[] { "files.tar", "export-project-2.json" }, report.Objects.Select(o => o.Name).ToArray());
        Assert.DoesNotContain(c => c.StartsWith("GET /api/projects/", StringComparison.Ordinal) && !c.Contains("/exports/", StringComparison.Ordinal), api.Calls);
    }

    [TestMethod]
    public async Task Backup_WrongMd5_FailsAndStoresNoExport()
    {
        await using var api = await LabelStudioApiEmulator.StartAsync();
        api.WrongMd5 = true;
        using var data = new LabelStudioDataDirectory();
        var writer = new MemorySourceWriter(LabelStudioObjects.SourceName);

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(
            () => LabelStudioParts.Source(Options(data, api)).BackupAsync(writer, TestContext.CancellationToken));

        Assert.Contains("api export failed", error.Message);
        Assert.Contains("MD5", error.Message);
        Assert.Contains("stored anyway: files.tar", error.Message);
        Assert.AreSequenceEqual(new[] { "labelstudio/files.tar" }, writer.Objects.Keys.ToArray());
        Assert.AreEqual(0, api.LiveExports, "the snapshot is deleted even when the download is refused");
    }

    [TestMethod]
    public async Task Backup_ExportFailsInLabelStudio_SaysSo()
    {
        await using var api = await LabelStudioApiEmulator.StartAsync();
        api.FailExports = true;
        using var data = new LabelStudioDataDirectory();

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(
            () => LabelStudioParts.Source(Options(data, api)).BackupAsync(new MemorySourceWriter(LabelStudioObjects.SourceName), TestContext.CancellationToken));

        Assert.Contains("reports export", error.Message);
        Assert.Contains("as failed", error.Message);
    }

    [TestMethod]
    public async Task Backup_TokenRefused_FailsClearlyWithoutTheToken()
    {
        const string WrongToken = "wrong-secret-3f9a77c1d2";
        await using var api = await LabelStudioApiEmulator.StartAsync();
        using var data = new LabelStudioDataDirectory();
        var options = new LabelStudioOptions { DataDirectory = data.Root, ApiUrl = api.BaseUrl, Token = WrongToken };

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(
            () => LabelStudioParts.Source(options).BackupAsync(new MemorySourceWriter(LabelStudioObjects.SourceName), TestContext.CancellationToken));

        Assert.Contains("401", error.Message);
        Assert.Contains("LABEL_STUDIO_TOKEN", error.Message);
        Assert.IsFalse(error.ToString().Contains(WrongToken, StringComparison.Ordinal), error.ToString());
    }

    [TestMethod]
    public async Task Restore_Exports_AreReportedAndNotWrittenIntoTheDataDirectory()
    {
        await using var api = await LabelStudioApiEmulator.StartAsync();
        using var data = new LabelStudioDataDirectory();
        var writer = new MemorySourceWriter(LabelStudioObjects.SourceName);
        var report = await LabelStudioParts.Source(Options(data, api)).BackupAsync(writer, TestContext.CancellationToken);
        using var target = new ScratchDirectory();

        var restored = await LabelStudioParts.RestoreAsync(report, writer, target);

        Assert.Contains("not restored", restored.Summary);
        Assert.Contains("export-project-1.json, export-project-2.json", restored.Summary);
        Assert.IsEmpty(Directory.EnumerateFiles(target, "export-project-*", SearchOption.AllDirectories));
        DirectoryComparison.AssertSame(data.Root, target, LabelStudioDataDirectory.IsSkipped);
    }

    private static LabelStudioOptions Options(LabelStudioDataDirectory data, LabelStudioApiEmulator api, IReadOnlyList<int>? projectIds = null) => new()
    {
        DataDirectory = data.Root,
        ApiUrl = api.BaseUrl,
        Token = LabelStudioApiEmulator.Token,
        ProjectIds = projectIds ?? [],
        PollInterval = TimeSpan.FromMilliseconds(5),
    };
}
