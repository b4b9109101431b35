using Functions.Backup.Pipeline;
using Functions.Backup.Sources.Redis;
using Functions.Backup.Sources.Redis.Logical;
using Functions.Backup.Tests.Support;

namespace Functions.Backup.Tests.Sources.Redis;

/// <summary>What a restore does to its target: refuses a non-empty one, replaces with clean, fails on damage, drops the expired.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class RedisRestoreTargetTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [DataRow("rdb")]
    [DataRow("logical")]
    public async Task Restore_NonEmptyTargetWithoutClean_IsRefusedAndUntouched(string mode)
    {
        var (report, objects) = await BackUpTwoKeysAsync(mode);
        await using var target = await RedisTestServer.StartAsync();
        var db = await target.DatabaseAsync(5);
        await db.StringSetAsync("shared", "the target's");

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(
            () => RedisBackups.RestoreAsync(report, objects, target, clean: false, Token));

        Assert.Contains("is not empty (db5: 1 keys); restore with clean", error.Message);
        Assert.AreEqual("the target's", (string?)await db.StringGetAsync("shared"));
        Assert.IsFalse(await (await target.DatabaseAsync(0)).KeyExistsAsync("backed-up"));
    }

    [TestMethod]
    [DataRow("rdb")]
    [DataRow("logical")]
    public async Task Restore_NonEmptyTargetWithClean_ReplacesTheBackupsKeysAndKeepsOthers(string mode)
    {
        var (report, objects) = await BackUpTwoKeysAsync(mode);
        await using var target = await RedisTestServer.StartAsync();
        var db = await target.DatabaseAsync();
        await db.StringSetAsync("shared", "the target's");
        await db.StringSetAsync("only-in-target", "kept");

        await RedisBackups.RestoreAsync(report, objects, target, clean: true, Token);

        Assert.AreEqual("the backup's", (string?)await db.StringGetAsync("shared"));
        Assert.AreEqual("1", (string?)await db.StringGetAsync("backed-up"));
        Assert.AreEqual("kept", (string?)await db.StringGetAsync("only-in-target"));
    }

    [TestMethod]
    [DataRow("rdb")]
    [DataRow("logical")]
    public async Task Restore_ObjectDamagedAtItsEnd_Fails(string mode)
    {
        var (report, objects) = await BackUpTwoKeysAsync(mode);
        await using var target = await RedisTestServer.StartAsync();

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(
            () => RedisBackups.RestoreAsync(report, CorruptObjectReader.AtEnd(objects), target, clean: false, Token));

        Assert.IsInstanceOfType<InvalidDataException>(error.InnerException);
        Assert.Contains("is damaged; the restore stopped", error.Message);
        Assert.IsEmpty(await RedisDataSet.KeysAsync(await target.DatabaseAsync()), "the last (here only) batch waits for the end's checks");
    }

    [TestMethod]
    public async Task Restore_KeysExpiredSinceTheBackup_AreSkippedAndTheRestKeepTheirDeadline()
    {
        await using var scratch = await RedisTestServer.StartAsync();
        var payload = await DumpOfAsync(scratch, "value");
        var now = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
        var objects = new MemorySourceWriter(RedisSource.SourceName);
        var stored = await objects.WriteAsync(RedisSource.LogicalObjectName, ObjectFormat.RedisLogical, async (stream, token) =>
        {
            var writer = new LogicalSnapshotWriter(stream);
            await writer.WriteHeaderAsync(token);
            await writer.WriteAsync(new LogicalRecord(0, "expired"u8.ToArray(), now - 1000, payload), token);
            await writer.WriteAsync(new LogicalRecord(0, "later"u8.ToArray(), now + 600_000, payload), token);
            await writer.WriteAsync(new LogicalRecord(1, "forever"u8.ToArray(), LogicalFormat.NoExpiry, payload), token);
            await writer.CompleteAsync(token);
        }, Token);
        await using var target = await RedisTestServer.StartAsync();
        var backup = new SourceReport("redis", "logical", new Dictionary<string, string>(), [stored]);

        var report = await RedisBackups.RestoreAsync(backup, objects, target, clean: false, Token);

        Assert.AreEqual("2 keys restored into db 0, 1; 1 skipped as expired", report.Summary);
        var db = await target.DatabaseAsync();
        Assert.IsFalse(await db.KeyExistsAsync("expired"));
        Assert.IsInRange(590_000L, 600_000L, (long)await db.ExecuteAsync("PTTL", "later"), "ABSTTL keeps the recorded deadline");
        Assert.AreEqual(-1L, (long)await (await target.DatabaseAsync(1)).ExecuteAsync("PTTL", "forever"));
    }

    private async Task<(SourceReport Report, MemorySourceWriter Objects)> BackUpTwoKeysAsync(string mode)
    {
        await using var source = await RedisTestServer.StartAsync(RedisTestServer.DisklessSync);
        var db = await source.DatabaseAsync();
        await db.StringSetAsync("shared", "the backup's");
        await db.StringSetAsync("backed-up", 1);
        return await RedisBackups.BackupAsync(source, RedisSourceOptions.ParseMode(mode), Token);
    }

    private static async Task<byte[]> DumpOfAsync(RedisTestServer server, string value)
    {
        var db = await server.DatabaseAsync();
        await db.StringSetAsync("dumped", value);
        return (await db.KeyDumpAsync("dumped"))!;
    }
}
