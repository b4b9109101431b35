using Functions.ObjectStorage.Hashing;
using Functions.ObjectStorage.Models;
using Functions.ObjectStorage.Tests.Support;
using Functions.ObjectStorage.Upload;

namespace Functions.ObjectStorage.Tests.Integration;

/// <summary>
/// The client over SigV4, path-style, against the real s3rver of <c>scripts/services.sh</c>. s3rver 3.7.1 checks
/// the access key but not SigV4 signatures (the emulator does), and implements neither Abort nor List Multipart
/// Uploads.
/// </summary>
[TestClass]
[TestCategory("Integration")]
public sealed class S3rverTests
{
    private const int MiB = 1024 * 1024;

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Upload_ThreeParts_ReadsBackWholeAndRanged()
    {
        using var store = TestStores.S3rver();
        var key = TestStores.UniqueKey("three-parts.bin");
        var data = GeneratedStream.Bytes(11, (10 * MiB) + 4321);

        var result = await store.UploadAsync(new GeneratedStream(11, data.Length), key, new UploadOptions { PartSize = 5 * MiB }, Token);

        Assert.AreEqual((3, (long)data.Length, Crc64Xz.Compute(data)), (result.PartCount, result.Size, result.Crc64));
        Assert.IsFalse(result.Crc64Verified, "s3rver reports no CRC-64/XZ");
        await using (var whole = await store.GetObjectAsync(key, null, Token))
        {
            Assert.AreSequenceEqual(data, await StreamChecks.ReadAllAsync(whole.Content, Token));
        }

        // Across the boundary of parts 1 and 2.
        await using (var range = await store.GetObjectAsync(key, new ByteRange((5 * MiB) - 100, (5 * MiB) + 99), Token))
        {
            Assert.AreSequenceEqual(data[((5 * MiB) - 100)..((5 * MiB) + 100)], await StreamChecks.ReadAllAsync(range.Content, Token));
            Assert.AreEqual(200, range.Metadata.Size);
        }

        await store.DeleteObjectAsync(key, Token);
    }

    [TestMethod]
    public async Task Upload_Empty_IsAZeroByteObject()
    {
        using var store = TestStores.S3rver();
        var key = TestStores.UniqueKey("empty");

        var result = await store.UploadAsync(new MemoryStream(), key, UploadOptions.Default, Token);

        Assert.AreEqual((0, 0L), (result.PartCount, result.Size));
        Assert.AreEqual(0, (await store.HeadObjectAsync(key, Token))!.Size);
        await using var download = await store.GetObjectAsync(key, null, Token);
        Assert.IsEmpty(await StreamChecks.ReadAllAsync(download.Content, Token));
    }

    [TestMethod]
    public async Task Upload_200MBOfUnknownLength_StaysWithinItsBufferBound()
    {
        using var store = TestStores.S3rver();
        var key = TestStores.UniqueKey("large.bin");
        const long size = 200L * 1000 * 1000;
        var options = new UploadOptions { PartSize = 5 * MiB, Concurrency = 4 };

        var result = await store.UploadAsync(new GeneratedStream(12, size), key, options, Token);

        var (expectedCrc, _) = await StreamChecks.Crc64Async(new GeneratedStream(12, size), Token);
        Assert.AreEqual((size, expectedCrc), (result.Size, result.Crc64));
        Assert.AreEqual(39, result.PartCount);
        var largestPart = new PartSizer(options.PartSize, 5 * MiB).SizeOf(result.PartCount);
        Assert.IsLessThanOrEqualTo(largestPart * (options.Concurrency + 1), result.PeakBufferBytes);
        Assert.IsGreaterThanOrEqualTo(2 * largestPart, result.PeakBufferBytes, "parts were uploaded while the next was read");
        await using (var download = await store.GetObjectAsync(key, null, Token))
        {
            Assert.AreEqual((expectedCrc, size), await StreamChecks.Crc64Async(download.Content, Token));
        }

        await store.DeleteObjectAsync(key, Token);
    }

    [TestMethod]
    public async Task Upload_SourceThrowingMidway_LeavesNoObject()
    {
        using var store = TestStores.S3rver();
        var key = TestStores.UniqueKey("broken.bin");

        await Assert.ThrowsExactlyAsync<IOException>(
            () => store.UploadAsync(new GeneratedStream(13, 50 * MiB, failAfter: 12 * MiB), key, new UploadOptions { PartSize = 5 * MiB }, Token));

        // s3rver answers Abort with 405 and List Multipart Uploads with 501; the emulator test checks both.
        Assert.IsNull(await store.HeadObjectAsync(key, Token));
    }

    [TestMethod]
    public async Task List_PastAThousandKeys_PagesThroughEveryKey()
    {
        using var store = TestStores.S3rver();
        var prefix = TestStores.UniqueKey("many/");
        var keys = Enumerable.Range(0, 1050).Select(i => $"{prefix}{i:D5}").ToArray();
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = Token },
            async (key, token) => await store.PutObjectAsync(key, "x"u8.ToArray(), null, token));

        var listed = new List<string>();
        await foreach (var summary in store.ListAllObjectsAsync(prefix, Token))
        {
            listed.Add(summary.Key);
        }

        Assert.AreSequenceEqual(keys, listed);
        var first = await store.ListObjectsAsync(prefix, null, 1000, Token);
        Assert.IsTrue(first.IsTruncated);
        Assert.AreEqual(keys[999], first.NextMarker);
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = Token },
            async (key, token) => await store.DeleteObjectAsync(key, token));
    }

    [TestMethod]
    public async Task HeadAndDelete_ReportAndRemoveTheObject()
    {
        using var store = TestStores.S3rver();
        var key = TestStores.UniqueKey("head.txt");
        var write = new WriteOptions { ContentType = "text/plain", Metadata = new Dictionary<string, string> { ["set"] = "2026-11-27" } };

        var put = await store.PutObjectAsync(key, "hello"u8.ToArray(), write, Token);
        var head = await store.HeadObjectAsync(key, Token);

        Assert.AreEqual(5, head!.Size);
        Assert.AreEqual(put.ETag, head.ETag);
        Assert.AreEqual("5d41402abc4b2a76b9719d911017c592", head.ETag);
        Assert.AreEqual("2026-11-27", head.Metadata["set"]);
        Assert.StartsWith("text/plain", head.ContentType);
        Assert.IsNotNull(head.LastModified);
        await store.DeleteObjectAsync(key, Token);
        Assert.IsNull(await store.HeadObjectAsync(key, Token));
        await store.DeleteObjectAsync(key, Token);
    }

    [TestMethod]
    public async Task Get_MissingKey_IsNoSuchKey()
    {
        using var store = TestStores.S3rver();
        var key = TestStores.UniqueKey("missing");

        var error = await Assert.ThrowsExactlyAsync<ObjectStorageException>(() => store.GetObjectAsync(key, null, Token));

        Assert.AreEqual(("GetObject", key, 404, "NoSuchKey"), (error.Operation, error.Key, error.StatusCode, error.Code));
        Assert.IsFalse(error.IsTransient);
    }

    [TestMethod]
    public async Task ListMultipartUploads_WhichS3rverDoesNotImplement_IsNotTransient()
    {
        using var store = TestStores.S3rver();

        var error = await Assert.ThrowsExactlyAsync<ObjectStorageException>(() => store.ListMultipartUploadsAsync(TestStores.UniqueKey("uploads"), Token));

        Assert.AreEqual((501, "NotImplemented"), (error.StatusCode, error.Code));
        Assert.IsFalse(error.IsTransient);
    }
}
