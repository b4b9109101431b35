using Functions.ObjectStorage.Upload;

namespace Functions.ObjectStorage.Tests.Upload;

[TestClass]
public sealed class PartBufferPoolTests
{
    private const int Block = 1024;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Rent_AllBuffersOut_WaitsUntilOneComesBack()
    {
        using var pool = new PartBufferPool(capacity: 2, Block);
        var first = await pool.RentAsync(Block, TestContext.CancellationToken);
        await pool.RentAsync(Block, TestContext.CancellationToken);

        var third = pool.RentAsync(Block, TestContext.CancellationToken);
        await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System, TestContext.CancellationToken);
        Assert.IsFalse(third.IsCompleted, "the reader waits while every buffer is in flight");

        pool.Return(first);
        var buffer = await third.WaitAsync(TimeSpan.FromSeconds(5), TestContext.CancellationToken);
        Assert.AreSame(first.Blocks[0], buffer.Blocks[0], "blocks are reused");
        Assert.AreEqual(2 * Block, pool.AllocatedBytes);
    }

    [TestMethod]
    public async Task Rent_GrowingParts_TakeMoreBlocksAndKeepTheOldOnes()
    {
        using var pool = new PartBufferPool(capacity: 2, Block);
        pool.Return(await pool.RentAsync(Block, TestContext.CancellationToken));

        var grown = await pool.RentAsync(3 * Block, TestContext.CancellationToken);

        Assert.HasCount(3, grown.Blocks);
        Assert.AreEqual(3 * Block, pool.AllocatedBytes, "the first block was reused, not left as garbage");
    }

    [TestMethod]
    public async Task Fill_ShortStream_StopsAtItsEndAndExposesOnlyWhatWasRead()
    {
        using var pool = new PartBufferPool(capacity: 1, Block);
        var buffer = await pool.RentAsync((2 * Block) + 10, TestContext.CancellationToken);

        await buffer.FillAsync(new MemoryStream(new byte[Block + 5]), TestContext.CancellationToken);

        Assert.AreEqual(Block + 5, buffer.Length);
        Assert.AreEqual(Block + 5, buffer.Body().Length);
        Assert.HasCount(2, buffer.Body().Segments);
    }
}
