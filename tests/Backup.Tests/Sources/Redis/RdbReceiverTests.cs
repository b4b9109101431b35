using System.Text;
using Functions.Backup.Sources.Redis.Rdb;

namespace Functions.Backup.Tests.Sources.Redis;

/// <summary>The RDB transfer's two framings, with the connection delivering bytes in every chunk size that matters.</summary>
[TestClass]
public sealed class RdbReceiverTests
{
    private static readonly byte[] Rdb =
        [.. "REDIS0010"u8, .. Enumerable.Range(0, 200_000).Select(i => (byte)(i % 253)), 0xFF, 1, 2, 3, 4, 5, 6, 7, 8];
    private static readonly byte[] Mark = Encoding.ASCII.GetBytes("2f1c8f3b6d7a41e0b5c9d8e7f6a5b4c3d2e1f0a9");

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [DataRow(1)]
    [DataRow(39)]
    [DataRow(40)]
    [DataRow(41)]
    [DataRow(4096)]
    [DataRow(1 << 20)]
    public async Task Copy_Diskless_StopsAtTheMarkWithoutWritingIt(int chunk)
    {
        var (output, sink) = NewSink();

        await RdbReceiver.CopyAsync(Chunked([.. Rdb, .. Mark], chunk), new RdbOffer(null, Mark, null), sink, Token);

        Assert.AreSequenceEqual(Rdb, output.ToArray());
        Assert.AreEqual((10, (long)Rdb.Length), (sink.Version, sink.Bytes));
    }

    [TestMethod]
    public async Task Copy_Diskless_IgnoresWhatFollowsTheMark()
    {
        var (output, sink) = NewSink();

        await RdbReceiver.CopyAsync(Chunked([.. Rdb, .. Mark, .. "*1\r\n$4\r\nPING\r\n"u8], 70_000), new RdbOffer(null, Mark, null), sink, Token);

        Assert.AreSequenceEqual(Rdb, output.ToArray());
    }

    [TestMethod]
    public async Task Copy_DisklessClosedBeforeTheMark_Fails()
    {
        var (_, sink) = NewSink();

        var error = await Assert.ThrowsExactlyAsync<EndOfStreamException>(
            () => RdbReceiver.CopyAsync(Chunked([.. Rdb, .. Mark[..39]], 1000), new RdbOffer(null, Mark, null), sink, Token));

        Assert.Contains("before the RDB's end mark", error.Message);
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(65_536)]
    public async Task Copy_Length_ReadsExactlyThatMany(int chunk)
    {
        var (output, sink) = NewSink();

        await RdbReceiver.CopyAsync(Chunked([.. Rdb, .. "more"u8], chunk), new RdbOffer(Rdb.Length, null, null), sink, Token);

        Assert.AreSequenceEqual(Rdb, output.ToArray());
    }

    [TestMethod]
    public async Task Copy_LengthClosedEarly_Fails()
    {
        var (_, sink) = NewSink();

        var error = await Assert.ThrowsExactlyAsync<EndOfStreamException>(
            () => RdbReceiver.CopyAsync(Chunked(Rdb[..1000], 300), new RdbOffer(Rdb.Length, null, null), sink, Token));

        Assert.Contains($"after 1000 of the RDB's {Rdb.Length} bytes", error.Message);
    }

    [TestMethod]
    public async Task Copy_SomethingThatIsNotAnRdb_FailsAtItsHeader()
    {
        var (output, sink) = NewSink();
        byte[] notRdb = [.. "HTTP/1.1 "u8, .. new byte[100_000]];

        await Assert.ThrowsExactlyAsync<InvalidDataException>(
            () => RdbReceiver.CopyAsync(Chunked(notRdb, 4096), new RdbOffer(notRdb.Length, null, null), sink, Token));

        Assert.AreEqual(0, output.Length, "nothing is written past a bad header");
    }

    private static (MemoryStream Output, RdbSink Sink) NewSink()
    {
        var output = new MemoryStream();
        return (output, new RdbSink(output, _ => { }));
    }

    private static Func<Memory<byte>, CancellationToken, ValueTask<int>> Chunked(byte[] data, int chunk)
    {
        var position = 0;
        return (into, _) =>
        {
            var count = Math.Min(Math.Min(chunk, into.Length), data.Length - position);
            data.AsMemory(position, count).CopyTo(into);
            position += count;
            return ValueTask.FromResult(count);
        };
    }
}
