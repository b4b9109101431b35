using System.Buffers.Binary;
using Functions.Backup.Pipeline;
using Functions.Backup.Sources.Redis;
using Functions.Backup.Sources.Redis.Rdb;
using Functions.Backup.Verification;

using Functions.Backup.Tests.Support;

namespace Functions.Backup.Tests.Sources.Redis;

/// <summary>The verifier on real RDBs from redis-server (SAVE) and real logical snapshots, intact and damaged.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class RedisVerifierTests
{
    private static byte[] s_rdb = [];
    private static byte[] s_logical = [];

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [ClassInitialize]
    public static async Task SnapshotAsync(TestContext context)
    {
        await using var server = await RedisTestServer.StartAsync();
        await RedisDataSet.PopulateAsync(server);
        await (await server.DatabaseAsync()).ExecuteAsync("SAVE");
        s_rdb = await File.ReadAllBytesAsync(Path.Combine(server.Directory, "dump.rdb"), context.CancellationToken);
        var (_, objects) = await RedisBackups.BackupAsync(server, RedisSnapshotMode.Logical, context.CancellationToken);
        s_logical = objects.Objects.Values.Single();
    }

    [TestMethod]
    public async Task Verify_RdbFromRedisServer_PassesWithTheCrcRedisWrote()
    {
        var report = RedisBackups.AssertVerified(await VerifyAsync(ObjectFormat.RedisRdb, s_rdb));

        // The CRC-64 variant is right: it reproduces what redis-server itself wrote after the EOF opcode.
        var written = BinaryPrimitives.ReadUInt64LittleEndian(s_rdb.AsSpan(^8));
        Assert.AreEqual(written, RedisCrc64.Compute(s_rdb.AsSpan(..^8)));
        Assert.Contains($"CRC-64 {written:x16} matches", report.Check);
    }

    // RDB: the EOF opcode and checksum cut; logical: the CRC, the whole trailer (a cut at a record boundary), records.
    [TestMethod]
    [DataRow(nameof(ObjectFormat.RedisRdb), 1)]
    [DataRow(nameof(ObjectFormat.RedisRdb), 9)]
    [DataRow(nameof(ObjectFormat.RedisRdb), 1000)]
    [DataRow(nameof(ObjectFormat.RedisLogical), 8)]
    [DataRow(nameof(ObjectFormat.RedisLogical), 17)]
    [DataRow(nameof(ObjectFormat.RedisLogical), 5000)]
    public async Task Verify_Truncated_Fails(string formatName, int missing)
    {
        var (format, content) = Snapshot(formatName);

        var report = await VerifyAsync(format, content[..^missing]);

        Assert.IsFalse(report.Passed);
        Assert.IsNotNull(report.Problem);
    }

    [TestMethod]
    [DataRow(nameof(ObjectFormat.RedisRdb), 0.5, "CRC-64 mismatch")]
    [DataRow(nameof(ObjectFormat.RedisLogical), 0.3, "")]
    [DataRow(nameof(ObjectFormat.RedisLogical), 0.99, "")]
    public async Task Verify_FlippedByte_Fails(string formatName, double at, string expected)
    {
        var (format, content) = Snapshot(formatName);
        var damaged = content.ToArray();
        damaged[(int)(damaged.Length * at)] ^= 0x10;

        var report = await VerifyAsync(format, damaged);

        Assert.IsFalse(report.Passed);
        Assert.Contains(expected, report.Problem!);
    }

    [TestMethod]
    public async Task Verify_RdbWrittenWithRdbchecksumNo_PassesWithANote()
    {
        await using var server = await RedisTestServer.StartAsync("--rdbchecksum", "no");
        await (await server.DatabaseAsync()).StringSetAsync("k", "v");
        await (await server.DatabaseAsync()).ExecuteAsync("SAVE");
        var rdb = await File.ReadAllBytesAsync(Path.Combine(server.Directory, "dump.rdb"), Token);

        var report = RedisBackups.AssertVerified(await VerifyAsync(ObjectFormat.RedisRdb, rdb));

        Assert.AreEqual(0UL, BinaryPrimitives.ReadUInt64LittleEndian(rdb.AsSpan(^8)));
        Assert.Contains("'rdbchecksum no'", report.Check);
    }

    [TestMethod]
    public async Task Verify_NotAnRdb_Fails()
    {
        var report = await VerifyAsync(ObjectFormat.RedisRdb, [.. "REDIS0099"u8, .. s_rdb[9..]]);

        Assert.IsFalse(report.Passed);
        Assert.Contains("RDB version '0099'", report.Problem!);
    }

    [TestMethod]
    public async Task Verify_LogicalSnapshot_PassesWithItsCounts()
    {
        var report = RedisBackups.AssertVerified(await VerifyAsync(ObjectFormat.RedisLogical, s_logical));

        Assert.Contains("keys (db0: ", report.Check);
        Assert.Contains(", db3: 3)", report.Check);
    }

    [TestMethod]
    [DataRow(nameof(ObjectFormat.RedisRdb))]
    [DataRow(nameof(ObjectFormat.RedisLogical))]
    public async Task Verify_StreamThatFailsItsOwnCheckAtTheEnd_Fails(string formatName)
    {
        var (format, content) = Snapshot(formatName);
        var intact = new Support.MemorySourceWriter("redis");
        var stored = await intact.WriteAsync("x", format, (stream, token) => stream.WriteAsync(content, token).AsTask(), Token);

        var report = await RedisBackups.VerifyAsync(CorruptObjectReader.AtEnd(intact), stored, Token);

        Assert.IsFalse(report.Passed);
        Assert.Contains("SHA-256", report.Problem!);
    }

    private static (ObjectFormat Format, byte[] Content) Snapshot(string formatName) =>
        Enum.Parse<ObjectFormat>(formatName) is var format && format == ObjectFormat.RedisRdb ? (format, s_rdb) : (format, s_logical);

    private Task<VerificationReport> VerifyAsync(ObjectFormat format, byte[] content) =>
        new RedisVerifier().VerifyAsync(format, new MemoryStream(content, writable: false), Token);
}
