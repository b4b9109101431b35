using System.Buffers.Binary;
using Functions.Backup.Sources.Redis.Logical;

namespace Functions.Backup.Tests.Sources.Redis;

/// <summary>The logical snapshot's framing, written and read back, and the damage the reader catches.</summary>
[TestClass]
public sealed class LogicalSnapshotTests
{
    private static readonly LogicalRecord[] Records =
    [
        new(0, "a"u8.ToArray(), LogicalFormat.NoExpiry, Payload(20)),
        new(0, [], 1_900_000_000_000, Payload(12)),
        new(15, [0xFF, 0x00], 42, Payload(300_000)),
    ];

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task WriteThenRead_GivesBackEveryRecord()
    {
        var bytes = await WriteAsync(Records);

        var (read, reader) = await ReadAllAsync(bytes);

        Assert.HasCount(Records.Length, read);
        for (var i = 0; i < Records.Length; i++)
        {
            Assert.AreEqual((Records[i].Database, Records[i].ExpireAtMs), (read[i].Database, read[i].ExpireAtMs));
            Assert.AreSequenceEqual(Records[i].Key, read[i].Key);
            Assert.AreSequenceEqual(Records[i].Payload, read[i].Payload);
        }

        Assert.AreEqual((3L, (long)bytes.Length), (reader.Records, reader.Bytes));
    }

    [TestMethod]
    public async Task Read_Empty_HasNoRecords()
    {
        var (read, _) = await ReadAllAsync(await WriteAsync([]));

        Assert.IsEmpty(read);
    }

    [TestMethod]
    public async Task Read_TruncatedAtARecordBoundary_Fails()
    {
        var whole = await WriteAsync(Records);

        var error = await Assert.ThrowsExactlyAsync<InvalidDataException>(() => ReadAllAsync(whole[..^17]));

        Assert.Contains("truncated", error.Message);
        Assert.Contains("after 3 records", error.Message);
    }

    [TestMethod]
    public async Task Read_WrongCount_Fails()
    {
        var bytes = await WriteAsync(Records);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(^16), 2);

        var error = await Assert.ThrowsExactlyAsync<InvalidDataException>(() => ReadAllAsync(bytes));

        Assert.Contains("counts 2 records but 3 were read", error.Message);
    }

    [TestMethod]
    // Header 0-8; first record: tag 9, db 10-13, key length 14-17, key 18, expiry 19-26, value length 27-30, value 31-50.
    [DataRow(9, "unknown tag")]
    [DataRow(13, "database of")]
    [DataRow(17, "key length of")]
    [DataRow(19, "expiry of")]
    [DataRow(30, "value length of")]
    [DataRow(40, "CRC-64 mismatch")]
    public async Task Read_DamagedByte_SaysWhere(int offset, string expected)
    {
        var bytes = await WriteAsync(Records);
        bytes[offset] ^= 0x80;

        var error = await Assert.ThrowsExactlyAsync<InvalidDataException>(() => ReadAllAsync(bytes));

        Assert.Contains(expected, error.Message);
    }

    [TestMethod]
    public async Task Read_DataAfterTheTrailer_Fails()
    {
        var error = await Assert.ThrowsExactlyAsync<InvalidDataException>(async () => await ReadAllAsync([.. await WriteAsync(Records), 0]));

        Assert.Contains("follows the trailer", error.Message);
    }

    [TestMethod]
    public async Task Read_NotASnapshot_Fails()
    {
        var error = await Assert.ThrowsExactlyAsync<InvalidDataException>(() => ReadAllAsync("REDIS0010 and more bytes"u8.ToArray()));

        Assert.Contains("not a SIREDISL v1", error.Message);
    }

    private async Task<byte[]> WriteAsync(IEnumerable<LogicalRecord> records)
    {
        using var output = new MemoryStream();
        var writer = new LogicalSnapshotWriter(output);
        await writer.WriteHeaderAsync(Token);
        foreach (var record in records)
        {
            await writer.WriteAsync(record, Token);
        }

        await writer.CompleteAsync(Token);
        Assert.AreEqual(output.Length, writer.Bytes);
        return output.ToArray();
    }

    private async Task<(List<LogicalRecord> Records, LogicalSnapshotReader Reader)> ReadAllAsync(byte[] bytes)
    {
        var reader = new LogicalSnapshotReader(new MemoryStream(bytes, writable: false));
        await reader.ReadHeaderAsync(Token);
        var records = new List<LogicalRecord>();
        while (await reader.ReadAsync(Token) is { } record)
        {
            records.Add(record);
        }

        return (records, reader);
    }

    private static byte[] Payload(int length) => Enumerable.Range(0, length).Select(i => (byte)i).ToArray();
}
