using Functions.Backup.Pipeline;
using Functions.Backup.Sources.Redis;
using Functions.Backup.Sources.Redis.Logical;
using StackExchange.Redis;

namespace Functions.Backup.Tests.Sources.Redis;

/// <summary>Logical snapshots (SCAN + DUMP + PTTL → RESTORE ABSTTL), and auto mode against servers that refuse SYNC.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class RedisLogicalRoundTripTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Backup_Logical_RestoresEveryTypeValueAndTtl()
    {
        await using var source = await RedisTestServer.StartAsync();
        await using var target = await RedisTestServer.StartAsync();
        await RedisDataSet.PopulateAsync(source);

        var (report, objects) = await RedisBackups.BackupAsync(source, RedisSnapshotMode.Logical, Token);

        var keys = 0;
        foreach (var database in RedisDataSet.Databases)
        {
            keys += (await RedisDataSet.KeysAsync(await source.DatabaseAsync(database))).Count;
        }

        Assert.AreEqual(
            ("logical", RedisSource.LogicalObjectName, ObjectFormat.RedisLogical), (report.Mode, report.Objects[0].Name, report.Objects[0].Format));
        Assert.AreEqual(("0,3", keys.ToString(System.Globalization.CultureInfo.InvariantCulture), "logical mode requested"),
            (report.Details["dbs"], report.Details["keys"], report.Details["mode_reason"]));
        Assert.Contains($"{keys} keys (db0: ", RedisBackups.AssertVerified(await RedisBackups.VerifyAsync(objects, report.Objects[0], Token)).Check);

        var restored = await RedisBackups.RestoreAsync(report, objects, target, clean: false, Token);

        await RedisDataSet.AssertSameAsync(source, target);
        Assert.AreEqual($"{keys} keys restored into db 0, 3", restored.Summary);
    }

    [TestMethod]
    public async Task Backup_AutoAgainstAServerRefusingSync_FallsBackToLogical()
    {
        await using var source = await RedisTestServer.StartAsync(RedisTestServer.RefusingSync);
        await using var target = await RedisTestServer.StartAsync();
        await RedisDataSet.PopulateAsync(source);

        var (report, objects) = await RedisBackups.BackupAsync(source, RedisSnapshotMode.Auto, Token);

        Assert.AreEqual("logical", report.Mode);
        Assert.Contains("refused replication (ERR unknown command 'SYNC'", report.Details["mode_reason"]);
        RedisBackups.AssertVerified(await RedisBackups.VerifyAsync(objects, report.Objects[0], Token));
        await RedisBackups.RestoreAsync(report, objects, target, clean: false, Token);
        await RedisDataSet.AssertSameAsync(source, target);
    }

    [TestMethod]
    public async Task Backup_RdbAgainstAServerRefusingSync_FailsWithTheServersError()
    {
        await using var source = await RedisTestServer.StartAsync(RedisTestServer.RefusingSync);

        var error = await Assert.ThrowsExactlyAsync<SourceFailedException>(() => RedisBackups.BackupAsync(source, RedisSnapshotMode.Rdb, Token));

        Assert.AreEqual("redis", error.SourceName);
        Assert.Contains("refused replication, which rdb mode needs: ERR unknown command 'SYNC'", error.Message);
    }

    [TestMethod]
    public async Task Backup_KeysExpiringDuringTheBackup_DoNotBreakIt()
    {
        await using var source = await RedisTestServer.StartAsync();
        await using var target = await RedisTestServer.StartAsync();
        var db = await source.DatabaseAsync();
        await Task.WhenAll(Enumerable.Range(0, 2000).Select(i => db.StringSetAsync($"fleeting:{i}", "x", TimeSpan.FromMilliseconds(1))));
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => db.StringSetAsync($"kept:{i}", i)));

        var (report, objects) = await RedisBackups.BackupAsync(source, RedisSnapshotMode.Logical, Token);

        RedisBackups.AssertVerified(await RedisBackups.VerifyAsync(objects, report.Objects[0], Token));
        await RedisBackups.RestoreAsync(report, objects, target, clean: false, Token);
        var restored = await RedisDataSet.KeysAsync(await target.DatabaseAsync());
        var names = restored.Select(Convert.FromHexString).Select(System.Text.Encoding.UTF8.GetString);
        Assert.IsEmpty(names.Where(key => !key.StartsWith("kept:", StringComparison.Ordinal)));
        Assert.HasCount(10, restored);
    }

    [TestMethod]
    public async Task DumpBatch_KeysGoneSinceTheScan_AreSkippedAndCounted()
    {
        await using var source = await RedisTestServer.StartAsync();
        var db = await source.DatabaseAsync(2);
        await db.StringSetAsync("there", "1", TimeSpan.FromMinutes(1));
        await db.StringSetAsync("forever", "2");
        await using var connection = await ConnectionMultiplexer.ConnectAsync(source.Url[8..]);
        var dumper = new KeyspaceDumper(connection, TimeProvider.System, 256);
        var before = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();

        var records = await dumper.DumpBatchAsync(2, ["there", "gone", "forever"], Token);

        Assert.AreEqual(1, dumper.Vanished);
        Assert.AreSequenceEqual(["there", "forever"], records.Select(r => System.Text.Encoding.UTF8.GetString(r.Key)).ToArray());
        Assert.IsTrue(records.All(r => r.Database == 2));
        Assert.IsInRange(before + 50_000, before + 70_000, records[0].ExpireAtMs, "a TTL becomes an absolute expiry");
        Assert.AreEqual(LogicalFormat.NoExpiry, records[1].ExpireAtMs);
    }
}
