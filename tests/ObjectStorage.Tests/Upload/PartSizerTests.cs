using Functions.ObjectStorage.Upload;

namespace Functions.ObjectStorage.Tests.Upload;

[TestClass]
public sealed class PartSizerTests
{
    // COS's largest object, read as 48.8 × 10^12 bytes (10,000 × 5 GiB is 53.7 × 10^12).
    private const long LargestObject = 48_800_000_000_000;
    private const long MiB = 1024 * 1024;

    [TestMethod]
    [DataRow(1 * MiB, 1 * MiB)]
    [DataRow(5 * MiB, 5 * MiB)]
    [DataRow(8 * MiB, 1 * MiB)]
    [DataRow(8 * MiB, 5 * MiB)]
    [DataRow(64 * MiB, 5 * MiB)]
    [DataRow(3 * MiB + 7, 1 * MiB)]
    public void Capacity_TenThousandParts_HoldTheLargestObject(long requested, long minimum)
    {
        var sizer = new PartSizer(requested, minimum);

        Assert.IsGreaterThanOrEqualTo(LargestObject, sizer.Capacity(PartSizer.MaxParts));
    }

    [TestMethod]
    public void SizeOf_NeverBelowTheMinimumNorAboveFiveGiB()
    {
        foreach (var (requested, minimum) in new[] { (0L, MiB), (512 * 1024L, MiB), (MiB, 5 * MiB), (8 * MiB, 5 * MiB), (100L * 1024 * MiB, MiB) })
        {
            var sizer = new PartSizer(requested, minimum);
            var previous = 0L;
            for (var n = 1; n <= PartSizer.MaxParts; n++)
            {
                var size = sizer.SizeOf(n);
                Assert.IsGreaterThanOrEqualTo(minimum, size);
                Assert.IsLessThanOrEqualTo(PartSizer.MaxPartSize, size);
                Assert.IsGreaterThanOrEqualTo(previous, size, "parts never shrink");
                previous = size;
            }
        }
    }

    [TestMethod]
    public void SizeOf_DoublesEvery64Parts_FromTheRequestedSize()
    {
        var sizer = new PartSizer(8 * MiB, 5 * MiB);

        Assert.AreEqual(8 * MiB, sizer.SizeOf(1));
        Assert.AreEqual(8 * MiB, sizer.SizeOf(64));
        Assert.AreEqual(16 * MiB, sizer.SizeOf(65));
        Assert.AreEqual(32 * MiB, sizer.SizeOf(129));
        Assert.AreEqual(PartSizer.MaxPartSize, sizer.SizeOf(PartSizer.MaxParts));
    }

    [TestMethod]
    public void SizeOf_SmallStreamsKeepSmallParts()
    {
        var sizer = new PartSizer(8 * MiB, 5 * MiB);

        // 7.5 GiB of stream never needs parts over 64 MiB (memory: part size × (concurrency + 1)).
        var parts = 0;
        for (var total = 0L; total < 7680L * MiB; total += sizer.SizeOf(++parts))
        {
        }

        Assert.IsLessThanOrEqualTo(64 * MiB, sizer.SizeOf(parts));
    }

    [TestMethod]
    public void Constructor_S3Minimum_RaisesASmallRequest() => Assert.AreEqual(5 * MiB, new PartSizer(MiB, 5 * MiB).InitialPartSize);
}
