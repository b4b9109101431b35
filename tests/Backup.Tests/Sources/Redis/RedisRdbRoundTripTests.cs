using System.Text;
using Functions.Backup.Sources.Redis;

namespace Functions.Backup.Tests.Sources.Redis;

/// <summary>RDB snapshots through the replication protocol, disk-backed and diskless, restored through a temporary redis-server.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class RedisRdbRoundTripTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [DataRow("disk")]
    [DataRow("diskless")]
    public async Task Backup_Rdb_RestoresEveryTypeValueAndTtl(string transfer)
    {
        await using var source = await RedisTestServer.StartAsync(transfer == "disk" ? RedisTestServer.DiskSync : RedisTestServer.DisklessSync);
        await using var target = await RedisTestServer.StartAsync();
        await RedisDataSet.PopulateAsync(source);

        var (report, objects) = await RedisBackups.BackupAsync(source, RedisSnapshotMode.Rdb, Token);

        var rdb = objects.Objects.Values.Single();
        Assert.AreEqual(("rdb-replication", RedisSource.RdbObjectName), (report.Mode, report.Objects[0].Name));
        Assert.AreEqual(transfer, report.Details["transfer"]);
        Assert.AreEqual("yes", report.Details["rdb_only"], "redis-server 7.0 accepts REPLCONF rdb-only");
        Assert.AreEqual(Encoding.ASCII.GetString(rdb, 5, 4).TrimStart('0'), report.Details["rdb_version"]);
        Assert.AreEqual((long)rdb.Length, report.Objects[0].PlainSize);
        Assert.AreEqual("0,3", report.Details["dbs"]);
        Assert.IsFalse(string.IsNullOrEmpty(report.Details["redis_version"]));
        Assert.AreEqual(0xFF, rdb[^9], "the RDB ends with the EOF opcode and its checksum, not with the diskless end mark");
        RedisBackups.AssertVerified(await RedisBackups.VerifyAsync(objects, report.Objects[0], Token));

        var restored = await RedisBackups.RestoreAsync(report, objects, target, clean: false, Token);

        await RedisDataSet.AssertSameAsync(source, target);
        Assert.AreEqual(target.Url[8..] + "/0", restored.Target);
        Assert.Contains("restored into db 0, 3", restored.Summary);
        Assert.AreEqual((long)rdb.Length, restored.Bytes);
        Assert.IsEmpty(Directory.GetDirectories(target.Directory, "redis-restore-*"), "the RDB's temporary directory is deleted");
    }

    [TestMethod]
    public async Task Backup_AutoAgainstAServerThatAcceptsSync_TakesAnRdb()
    {
        await using var source = await RedisTestServer.StartAsync(RedisTestServer.DisklessSync);
        await (await source.DatabaseAsync()).StringSetAsync("k", "v");

        var (report, _) = await RedisBackups.BackupAsync(source, RedisSnapshotMode.Auto, Token);

        Assert.AreEqual("rdb-replication", report.Mode);
        Assert.AreEqual("auto: the server accepted SYNC", report.Details["mode_reason"]);
    }

    [TestMethod]
    public async Task Backup_EmptyServer_IsAValidRdbThatRestoresNothing()
    {
        await using var source = await RedisTestServer.StartAsync(RedisTestServer.DiskSync);
        await using var target = await RedisTestServer.StartAsync();

        var (report, objects) = await RedisBackups.BackupAsync(source, RedisSnapshotMode.Rdb, Token);

        Assert.AreEqual("", report.Details["dbs"]);
        RedisBackups.AssertVerified(await RedisBackups.VerifyAsync(objects, report.Objects[0], Token));
        Assert.AreEqual("0 keys restored", (await RedisBackups.RestoreAsync(report, objects, target, clean: false, Token)).Summary);
    }
}
