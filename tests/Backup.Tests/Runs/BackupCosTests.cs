using Functions.Backup.Tests.Sources.Postgres;
using Functions.TestSupport;
using Functions.TestSupport.Robots;
using Functions.TestSupport.ObjectStorage;
using Npgsql;

namespace Functions.Backup.Tests.Runs;

/// <summary>
/// The whole function against a cos:// repository: the signature-verifying COS emulator on loopback, with faults
/// injected into the multipart upload of a real pg_dump stream.
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class BackupCosTests
{
    private const string Bucket = "backups-1250000000";
    private const string SecretId = "AKIDbackupTests";
    private const string SecretKey = "backup-tests-secret";
    private const string Timer = """{"Type":"Timer","TriggerName":"nightly","Time":"2026-11-27T18:30:00Z","Message":"postgres"}""";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task PartFailingOnceThenSucceeding_IsRetried_AndTheSetRestoresEqual()
    {
        await using var emulator = await ObjectStorageEmulator.StartAsync(Bucket, new Dictionary<string, string> { [SecretId] = SecretKey });
        await using var databases = new ScratchDatabases();
        var (source, database) = await SeededAsync(databases, extraMegabytes: 24);
        var target = await databases.CreateAsync("restored", TestContext.CancellationToken);
        var dumpKey = $"nightly/sets/20261127T183000Z/postgres/{database}.dump";
        emulator.FailNext("PUT", dumpKey, 1, EmulatorFault.SlowDown, q => q["partNumber"] == "2");
        emulator.FailNext("PUT", dumpKey, 1, EmulatorFault.DropConnection, q => q["partNumber"] == "3");
        await using var backup = new BackupHarness(Environment(emulator, source));

        var run = await backup.SucceedAsync(Timer, TestContext.CancellationToken);
        await backup.SucceedAsync($$"""{"command":"restore","source":"postgres","target":"{{target}}","set":"latest"}""", TestContext.CancellationToken);

        Assert.IsTrue(run.GetProperty("set").GetProperty("complete").GetBoolean());
        Assert.AreEqual(2, emulator.Requests.Count(r => r.Method == "PUT" && r.Key == dumpKey && r.Query.Contains("partNumber=2", StringComparison.Ordinal)));
        Assert.IsNotNull(emulator.ObjectBytes("nightly/sets/20261127T183000Z/manifest.json"));
        Assert.IsEmpty(emulator.Rejections, "every request was signed correctly");
        Assert.AreEqual(0, emulator.UploadsInProgress);
        Assert.AreEqual(await FingerprintAsync(databases, database), await FingerprintAsync(databases, new Uri(target).AbsolutePath.Trim('/')));
    }

    [TestMethod]
    public async Task RepositoryFailingForGood_FailsTheRun_WithNoManifestAndNoUploadLeft()
    {
        await using var emulator = await ObjectStorageEmulator.StartAsync(Bucket, new Dictionary<string, string> { [SecretId] = SecretKey });
        await using var databases = new ScratchDatabases();
        var (source, database) = await SeededAsync(databases, extraMegabytes: 12);
        emulator.FailNext("PUT", $"nightly/sets/20261127T183000Z/postgres/{database}.dump", 1000, EmulatorFault.InternalError, q => q.ContainsKey("partNumber"));
        await using var robots = await RobotEmulator.StartAsync(TimeProvider.System);
        var environment = Environment(emulator, source);
        environment["BACKUP_NOTIFY_URL"] = robots.DingTalkUrl.ToString();
        environment["BACKUP_NOTIFY_KIND"] = "DingTalk";
        environment["BACKUP_NOTIFY_SECRET"] = RobotEmulator.DingTalkSecret;
        await using var backup = new BackupHarness(environment);

        var (_, error) = await backup.InvokeAsync(Timer, TestContext.CancellationToken);

        Assert.AreEqual("BackupIncomplete", error!.ErrorType);
        Assert.Contains("postgres failed", error.ErrorMessage);
        Assert.IsNull(emulator.ObjectBytes("nightly/sets/20261127T183000Z/manifest.json"));
        Assert.AreEqual(0, emulator.UploadsInProgress, "the multipart upload was aborted");
        Assert.DoesNotContain(SecretKey, backup.Log);
        var notice = robots.AcceptedBy("dingtalk");
        Assert.HasCount(1, notice, "one signed DingTalk message for the failed run");
        Assert.Contains("[FAILED] backup", notice[0]);
        Assert.Contains("postgres failed", notice[0]);
        Assert.IsEmpty(robots.Rejected, "the signature was accepted");
    }

    private static Dictionary<string, string?> Environment(ObjectStorageEmulator emulator, string databaseUrl) => new()
    {
        ["BACKUP_REPOSITORY"] = $"cos://{Bucket}/nightly",
        ["COS_REGION"] = "ap-guangzhou",
        ["COS_ENDPOINT"] = emulator.Endpoint.ToString(),
        ["TENCENTCLOUD_SECRETID"] = SecretId,
        ["TENCENTCLOUD_SECRETKEY"] = SecretKey,
        ["DATABASE_URL"] = databaseUrl,
    };

    private async Task<(string Url, string Database)> SeededAsync(ScratchDatabases databases, int extraMegabytes)
    {
        var url = await databases.CreateAsync("cos", TestContext.CancellationToken);
        var database = new Uri(url).AbsolutePath.Trim('/');
        await databases.ExecuteAsync(database, SampleSchema.Create, TestContext.CancellationToken);
        await databases.ExecuteAsync(database, $"INSERT INTO tasks (project_id, payload, state) SELECT 1, gen_random_bytes(1024), 'new' FROM generate_series(1, {extraMegabytes * 1024})", TestContext.CancellationToken);
        return (url, database);
    }

    private async Task<string> FingerprintAsync(ScratchDatabases databases, string database)
    {
        await using var connection = await databases.OpenAsync(database, TestContext.CancellationToken);
        await using var command = new NpgsqlCommand(SampleSchema.Fingerprint, connection);
        return (string)(await command.ExecuteScalarAsync(TestContext.CancellationToken))!;
    }
}
