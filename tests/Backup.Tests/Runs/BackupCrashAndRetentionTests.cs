using System.Text.Json;
using Functions.Backup.Tests.Sources.Postgres;
using Functions.TestSupport;

namespace Functions.Backup.Tests.Runs;

/// <summary>
/// What a crash leaves behind and how retention clears it: the published bootstrap is killed with SIGKILL in the
/// middle of a real pg_dump, then the repository is listed, pruned and backed up again.
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class BackupCrashAndRetentionTests
{
    private string _work = "";

    public TestContext TestContext { get; set; } = null!;

    [TestInitialize]
    public void CreateWorkDir() => _work = Directory.CreateTempSubdirectory("backup-crash-").FullName;

    [TestCleanup]
    public void DeleteWorkDir() => Directory.Delete(_work, recursive: true);

    [TestMethod]
    public async Task KilledMidBackup_LeavesNoSet_PruneClearsItsFiles_AndTheNextRunSucceeds()
    {
        await using var databases = new ScratchDatabases();
        var source = await databases.CreateAsync("crash", TestContext.CancellationToken);
        var database = new Uri(source).AbsolutePath.Trim('/');
        await databases.ExecuteAsync(database, SampleSchema.Create, TestContext.CancellationToken);
        await databases.ExecuteAsync(database, "INSERT INTO tasks (project_id, payload, state) SELECT 1, gen_random_bytes(1024), 'new' FROM generate_series(1, 300000)", TestContext.CancellationToken);
        var repository = Path.Combine(_work, "repo");
        var environment = new Dictionary<string, string>
        {
            ["BACKUP_REPOSITORY"] = $"file://{repository}",
            ["DATABASE_URL"] = source,
            ["BACKUP_STALE_GRACE_MINUTES"] = "0",
        };
        var eventFile = Path.Combine(_work, "event.json");
        await File.WriteAllTextAsync(eventFile, """{"command":"backup","sources":["postgres"]}""", TestContext.CancellationToken);

        await using (var bootstrap = BootstrapProcess.Start(TestEnvironment.RequireBootstrap("Backup"), ["invoke", "--event", eventFile], environment))
        {
            await WaitForAsync(() => Directory.Exists(repository) && Directory.EnumerateFiles(repository, "*.partial", SearchOption.AllDirectories).Any(), bootstrap);
            bootstrap.KillNow();
        }

        Assert.IsNotEmpty(Directory.GetFiles(repository, "*", SearchOption.AllDirectories), "the killed run left files behind");
        await using var backup = new BackupHarness(environment.ToDictionary(e => e.Key, e => (string?)e.Value));
        var listed = await backup.SucceedAsync("""{"command":"list"}""", TestContext.CancellationToken);
        var preview = await backup.SucceedAsync("""{"command":"prune"}""", TestContext.CancellationToken);
        var leftAfterPreview = Directory.GetFiles(repository, "*", SearchOption.AllDirectories);
        var pruned = await backup.SucceedAsync("""{"command":"prune","dryRun":false}""", TestContext.CancellationToken);
        var leftAfterPrune = Directory.GetFiles(repository, "*", SearchOption.AllDirectories);
        var next = await backup.SucceedAsync("""{"command":"backup","sources":["postgres"]}""", TestContext.CancellationToken);

        Assert.AreEqual(0, listed.GetProperty("sets").GetArrayLength(), "a set without a manifest is not a backup");
        Assert.IsTrue(preview.GetProperty("dryRun").GetBoolean());
        Assert.IsNotEmpty(leftAfterPreview, "a dry run deletes nothing");
        Assert.IsFalse(pruned.GetProperty("dryRun").GetBoolean());
        Assert.IsEmpty(leftAfterPrune, string.Join(", ", leftAfterPrune));
        Assert.IsTrue(next.GetProperty("set").GetProperty("complete").GetBoolean());
    }

    [TestMethod]
    public async Task ScheduledRuns_KeepTheNewestGoodSets_AndSayWhyEachWasKeptOrRemoved()
    {
        await using var databases = new ScratchDatabases();
        var source = await databases.CreateAsync("retention", TestContext.CancellationToken);
        await databases.ExecuteAsync(new Uri(source).AbsolutePath.Trim('/'), SampleSchema.Create, TestContext.CancellationToken);
        await using var backup = new BackupHarness(new()
        {
            ["BACKUP_REPOSITORY"] = $"file://{_work}/repo",
            ["DATABASE_URL"] = source,
            ["BACKUP_KEEP_LAST"] = "2",
            ["BACKUP_KEEP_DAILY"] = "0",
            ["BACKUP_KEEP_WEEKLY"] = "0",
            ["BACKUP_KEEP_MONTHLY"] = "0",
        });

        JsonElement last = default;
        foreach (var day in new[] { "2026-11-24", "2026-11-25", "2026-11-26" })
        {
            last = await backup.SucceedAsync($$"""{"Type":"Timer","TriggerName":"nightly","Time":"{{day}}T18:30:00Z","Message":"postgres"}""", TestContext.CancellationToken);
        }

        var list = await backup.SucceedAsync("""{"command":"list"}""", TestContext.CancellationToken);

        var retention = last.GetProperty("retention");
        Assert.AreEqual("20261124T183000Z", retention.GetProperty("removed")[0].GetProperty("setId").GetString());
        Assert.AreEqual(2, retention.GetProperty("kept").GetArrayLength());
        Assert.Contains("last", retention.GetProperty("kept")[0].GetProperty("reasons")[0].GetString()!);
        Assert.AreSequenceEqual(
            new[] { "20261126T183000Z", "20261125T183000Z" },
            list.GetProperty("sets").EnumerateArray().Select(s => s.GetProperty("setId").GetString()).ToArray());
        Assert.IsFalse(Directory.Exists(Path.Combine(_work, "repo", "sets", "20261124T183000Z")));
    }

    private static async Task WaitForAsync(Func<bool> condition, BootstrapProcess bootstrap)
    {
        var waited = TimeSpan.Zero;
        while (!condition())
        {
            Assert.IsFalse(bootstrap.HasExited, $"bootstrap exited before the condition: {string.Join('\n', bootstrap.Stderr)}");
            Assert.IsLessThan(TimeSpan.FromSeconds(60), waited, "timed out waiting for the backup to start writing");
            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System, CancellationToken.None);
            waited += TimeSpan.FromMilliseconds(5);
        }
    }
}
