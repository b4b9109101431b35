using Functions.Backup.Sources.Redis;
using Functions.Backup.Sources.Redis.Logical;
using Functions.Backup.Sources.Redis.Protocol;
using Functions.Backup.Sources.Redis.Rdb;

namespace Functions.Backup.Tests.Sources.Redis;

/// <summary>The small pure pieces: CRC-64/Jones, the RDB header, DUMP footers, INFO text, modes.</summary>
[TestClass]
public sealed class RedisProtocolTests
{
    [TestMethod]
    public void Crc64_CheckValue_IsRedisJones() =>
        Assert.AreEqual(0xe9c6d914c4b8d9caUL, RedisCrc64.Compute("123456789"u8), "src/crc64.c's own test vector");

    [TestMethod]
    [DataRow(1)]
    [DataRow(7)]
    [DataRow(8)]
    [DataRow(1000)]
    public void Crc64_InPieces_EqualsInOneGo(int piece)
    {
        var data = Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray();
        var crc = new RedisCrc64();
        foreach (var chunk in data.Chunk(piece))
        {
            crc.Append(chunk);
        }

        Assert.AreEqual(RedisCrc64.Compute(data), crc.Value);
    }

    [TestMethod]
    [DataRow("REDIS0001", 1)]
    [DataRow("REDIS0010", 10)]
    [DataRow("REDIS0012", 12)]
    public void RdbHeader_VersionsALoaderAccepts_Parse(string header, int version) =>
        Assert.AreEqual(version, RdbHeader.ParseVersion(System.Text.Encoding.ASCII.GetBytes(header)));

    [TestMethod]
    [DataRow("REDIS0000")]
    [DataRow("REDIS0013")]
    [DataRow("REDIS-010")]
    [DataRow("PGDMP0010")]
    [DataRow("REDIS")]
    public void RdbHeader_Others_AreRefused(string header) =>
        Assert.ThrowsExactly<InvalidDataException>(() => RdbHeader.ParseVersion(System.Text.Encoding.ASCII.GetBytes(header)));

    [TestMethod]
    public void DumpPayload_FooterChecksOut_GivesItsVersion()
    {
        // A DUMP of the string "v" from Redis 7.0: type 0, length 1, 'v', RDB version 10, CRC-64.
        byte[] body = [0x00, 0x01, (byte)'v', 0x0A, 0x00];
        byte[] payload = [.. body, .. BitConverter.GetBytes(RedisCrc64.Compute(body))];

        Assert.AreEqual(10, DumpPayload.Check(payload));
        payload[2] ^= 1;
        Assert.Contains("CRC-64", Assert.ThrowsExactly<InvalidDataException>(() => DumpPayload.Check(payload)).Message);
    }

    [TestMethod]
    public void Info_ReadsFieldsAndNonEmptyDatabases()
    {
        const string info = "# Server\r\nredis_version:7.0.15\r\nredis_mode:standalone\r\n\r\n"
            + "# Keyspace\r\ndb0:keys=3,expires=1,avg_ttl=0\r\ndb12:keys=40,expires=0,avg_ttl=0\r\n";

        Assert.AreEqual("7.0.15", RedisInfo.Field(info, "redis_version"));
        Assert.IsNull(RedisInfo.Field(info, "missing"));
        Assert.AreSequenceEqual(new Dictionary<int, long> { [0] = 3, [12] = 40 }, RedisInfo.Keyspace(info));
        Assert.IsEmpty(RedisInfo.Keyspace("# Keyspace\r\n"));
    }

    [TestMethod]
    [DataRow(null, "Auto")]
    [DataRow("", "Auto")]
    [DataRow("AUTO", "Auto")]
    [DataRow(" rdb ", "Rdb")]
    [DataRow("Logical", "Logical")]
    public void ParseMode_KnownModes(string? text, string mode) => Assert.AreEqual(mode, RedisSourceOptions.ParseMode(text).ToString());

    [TestMethod]
    public void ParseMode_Unknown_SaysWhatIsAllowed() =>
        Assert.Contains("must be auto, rdb or logical", Assert.ThrowsExactly<FormatException>(() => RedisSourceOptions.ParseMode("bgsave")).Message);

    [TestMethod]
    public void ReplyException_RefusalsAreErrAndNoperm()
    {
        Assert.IsTrue(new RedisReplyException("ERR unknown command 'SYNC', with args beginning with: ").IsRefusal);
        Assert.IsTrue(new RedisReplyException("NOPERM this user has no permissions to run the 'replconf' command").IsRefusal);
        Assert.IsFalse(new RedisReplyException("LOADING Redis is loading the dataset in memory").IsRefusal);
        Assert.IsFalse(new RedisReplyException("WRONGPASS invalid username-password pair").IsRefusal);
    }
}
