using Functions.ObjectStorage.Hashing;
using Functions.ObjectStorage.Models;
using Functions.TestSupport.ObjectStorage;
using Functions.ObjectStorage.Tests.Support;

namespace Functions.ObjectStorage.Tests.Integration;

/// <summary>The client against the signature-verifying emulator: COS sha1 and SigV4 checked on every request.</summary>
[TestClass]
public sealed class EmulatorTests
{
    private const int MiB = 1024 * 1024;

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Cos_MultipartRoundTrip_VerifiesCrc64FromTheHeader()
    {
        await using var emulator = await TestStores.StartEmulatorAsync();
        using var store = TestStores.Cos(emulator);
        var key = "tests/备份 2026/db.dump";
        var data = GeneratedStream.Bytes(1, (3 * MiB) + 12345);
        var options = new UploadOptions
        {
            PartSize = MiB,
            Write = new WriteOptions { ServerSideEncryption = "AES256", StorageClass = "STANDARD_IA", Metadata = new Dictionary<string, string> { ["source"] = "postgres" } },
        };

        var result = await store.UploadAsync(new GeneratedStream(1, data.Length), key, options, Token);

        Assert.AreEqual(4, result.PartCount);
        Assert.AreEqual(data.Length, result.Size);
        Assert.IsTrue(result.Crc64Verified);
        Assert.AreEqual(Crc64Xz.Compute(data), result.Crc64);
        Assert.EndsWith("-4", result.ETag);
        Assert.IsEmpty(emulator.Rejections);
        Assert.AreSequenceEqual(data, emulator.ObjectBytes(key));
        var initiate = emulator.Requests.Single(r => r.Method == "POST" && r.Query == "?uploads");
        Assert.AreEqual("AES256", initiate.Headers["x-cos-server-side-encryption"]);
        Assert.AreEqual("STANDARD_IA", initiate.Headers["x-cos-storage-class"]);
        Assert.IsTrue(emulator.Requests.Where(r => r.Query.Contains("partNumber", StringComparison.Ordinal)).All(r => r.Headers.ContainsKey("content-md5")));

        await using (var whole = await store.GetObjectAsync(key, null, Token))
        {
            Assert.AreSequenceEqual(data, await StreamChecks.ReadAllAsync(whole.Content, Token));
            Assert.AreEqual(result.Crc64, whole.Metadata.Crc64);
        }

        await using (var range = await store.GetObjectAsync(key, new ByteRange(MiB - 5, MiB + 4), Token))
        {
            Assert.AreSequenceEqual(data[(MiB - 5)..(MiB + 5)], await StreamChecks.ReadAllAsync(range.Content, Token));
        }

        var head = await store.HeadObjectAsync(key, Token);
        Assert.AreEqual(data.Length, head!.Size);
        Assert.AreEqual("postgres", head.Metadata["source"]);
        Assert.AreEqual(result.Crc64, head.Crc64);
        Assert.AreEqual(key, (await store.ListObjectsAsync("tests/备份", null, 10, Token)).Objects.Single().Key);

        await store.DeleteObjectAsync(key, Token);
        Assert.IsNull(await store.HeadObjectAsync(key, Token));
    }

    [TestMethod]
    public async Task Cos_SmallAndEmptyStreams_AreSinglePuts()
    {
        await using var emulator = await TestStores.StartEmulatorAsync();
        using var store = TestStores.Cos(emulator);

        var small = await store.UploadAsync(new GeneratedStream(2, 1000), "tests/small", UploadOptions.Default, Token);
        var empty = await store.UploadAsync(new MemoryStream(), "tests/empty", UploadOptions.Default, Token);
        var exact = await store.UploadAsync(new GeneratedStream(3, MiB), "tests/exact", new UploadOptions { PartSize = MiB }, Token);

        Assert.AreEqual((0, 1000L, true), (small.PartCount, small.Size, small.Crc64Verified));
        Assert.AreEqual((0, 0L, true, 0UL), (empty.PartCount, empty.Size, empty.Crc64Verified, empty.Crc64));
        Assert.AreEqual((0, (long)MiB), (exact.PartCount, exact.Size));
        Assert.IsEmpty(emulator.ObjectBytes("tests/empty")!);
        Assert.AreEqual(0, emulator.Requests.Count(r => r.Method == "POST"));
    }

    [TestMethod]
    public async Task Upload_PartFailingOnceThenSucceeding_IsRetriedAndCompletes()
    {
        await using var emulator = await TestStores.StartEmulatorAsync();
        using var store = TestStores.Cos(emulator);
        const string key = "tests/retried";
        emulator.FailNext("PUT", key, 1, EmulatorFault.SlowDown, q => q["partNumber"] == "2");
        emulator.FailNext("PUT", key, 1, EmulatorFault.DropConnection, q => q["partNumber"] == "3");

        var result = await store.UploadAsync(new GeneratedStream(4, (3 * MiB) + 1), key, new UploadOptions { PartSize = MiB }, Token);

        Assert.IsTrue(result.Crc64Verified);
        Assert.AreEqual(2, emulator.Requests.Count(r => r.Method == "PUT" && r.Query.Contains("partNumber=2&", StringComparison.Ordinal)));
        Assert.AreEqual(0, emulator.UploadsInProgress);
    }

    [TestMethod]
    public async Task Upload_RepositoryFailingForGood_AbortsAndNamesOperationAndKey()
    {
        await using var emulator = await TestStores.StartEmulatorAsync();
        using var store = TestStores.Cos(emulator);
        const string key = "tests/failing";
        emulator.FailNext("PUT", key, 100, EmulatorFault.InternalError, q => q["partNumber"] == "2");

        var error = await Assert.ThrowsExactlyAsync<ObjectStorageException>(
            () => store.UploadAsync(new GeneratedStream(5, 5 * MiB), key, new UploadOptions { PartSize = MiB }, Token));

        Assert.AreEqual(("UploadPart", key, 500, "InternalError"), (error.Operation, error.Key, error.StatusCode, error.Code));
        Assert.StartsWith($"UploadPart of '{key}' failed: HTTP 500 InternalError", error.Message);
        Assert.AreEqual(4, emulator.Requests.Count(r => r.Method == "PUT" && r.Query.Contains("partNumber=2&", StringComparison.Ordinal)), "1 + 3 retries");
        Assert.AreEqual(0, emulator.UploadsInProgress);
        Assert.IsEmpty(await store.ListMultipartUploadsAsync("tests/", Token));
        Assert.IsNull(emulator.ObjectBytes(key));
    }

    [TestMethod]
    public async Task Upload_SourceThrowingMidway_LeavesNoObjectAndNoUpload()
    {
        await using var emulator = await TestStores.StartEmulatorAsync();
        using var store = TestStores.Cos(emulator);
        const string key = "tests/broken-source";

        var error = await Assert.ThrowsExactlyAsync<IOException>(
            () => store.UploadAsync(new GeneratedStream(6, 10 * MiB, failAfter: (3 * MiB) + 7), key, new UploadOptions { PartSize = MiB }, Token));

        Assert.Contains("injected", error.Message);
        Assert.IsNull(emulator.ObjectBytes(key));
        Assert.IsEmpty(await store.ListMultipartUploadsAsync("tests/", Token));
        Assert.ContainsSingle(r => r.Method == "DELETE" && r.Query.StartsWith("?uploadId=", StringComparison.Ordinal), emulator.Requests);
    }

    [TestMethod]
    public async Task Upload_CancelledMidway_AbortsTheUpload()
    {
        await using var emulator = await TestStores.StartEmulatorAsync();
        using var store = TestStores.Cos(emulator);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        const string key = "tests/cancelled";
        var source = new CancellingStream(new GeneratedStream(14, 20 * MiB), (3 * MiB) + 1, cancellation);

        await Assert.ThrowsAsync<OperationCanceledException>(
            () => store.UploadAsync(source, key, new UploadOptions { PartSize = MiB }, cancellation.Token));

        Assert.IsNull(emulator.ObjectBytes(key));
        Assert.AreEqual(0, emulator.UploadsInProgress, "aborted with its own timeout, not the cancelled token");
        Assert.ContainsSingle(r => r.Method == "DELETE" && r.Query.StartsWith("?uploadId=", StringComparison.Ordinal), emulator.Requests);
    }

    [TestMethod]
    public async Task Upload_CompleteAnswering200WithError_IsAnErrorAndAborts()
    {
        await using var emulator = await TestStores.StartEmulatorAsync();
        using var store = TestStores.Cos(emulator);
        const string key = "tests/complete-error";
        emulator.FailNext("POST", key, 100, EmulatorFault.ErrorIn200, q => q.ContainsKey("uploadId"));

        var error = await Assert.ThrowsExactlyAsync<ObjectStorageException>(
            () => store.UploadAsync(new GeneratedStream(7, 3 * MiB), key, new UploadOptions { PartSize = MiB }, Token));

        Assert.AreEqual(("CompleteMultipartUpload", 200, "InternalError"), (error.Operation, error.StatusCode, error.Code));
        Assert.AreEqual(0, emulator.UploadsInProgress);
        Assert.IsNull(emulator.ObjectBytes(key));
    }

    [TestMethod]
    public async Task Cos_WrongSecret_IsATypedErrorNotRetried()
    {
        await using var emulator = await TestStores.StartEmulatorAsync();
        using var store = TestStores.Cos(emulator, secretKey: "not-the-secret");

        var error = await Assert.ThrowsExactlyAsync<ObjectStorageException>(() => store.PutObjectAsync("tests/x", new byte[10], null, Token));

        Assert.AreEqual((403, "SignatureDoesNotMatch", "PutObject"), (error.StatusCode, error.Code, error.Operation));
        Assert.HasCount(1, emulator.Rejections);
        Assert.DoesNotContain("not-the-secret", error.ToString());
    }

    [TestMethod]
    public async Task Cos_TemporaryCredentials_SendTheSecurityToken()
    {
        await using var emulator = await TestStores.StartEmulatorAsync();
        using var store = TestStores.Cos(emulator, token: "temporary-session-token");

        await store.UploadAsync(new GeneratedStream(8, (2 * MiB) + 1), "tests/temp", new UploadOptions { PartSize = MiB }, Token);

        Assert.IsNotEmpty(emulator.Requests);
        Assert.IsTrue(emulator.Requests.All(r => r.Headers.GetValueOrDefault("x-cos-security-token") == "temporary-session-token"));
        Assert.IsTrue(emulator.Requests.All(r => r.Headers["authorization"].Contains("x-cos-security-token", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task S3_SigV4RoundTrip_IsVerifiedByTheEmulator()
    {
        await using var emulator = await TestStores.StartEmulatorAsync();
        using var store = TestStores.S3(emulator);
        const string key = "tests/sig v4/€ & (1).bin";
        var data = GeneratedStream.Bytes(9, (5 * MiB) + 3);

        var result = await store.UploadAsync(new GeneratedStream(9, data.Length), key, new UploadOptions { PartSize = MiB }, Token);

        Assert.AreEqual(2, result.PartCount, "S3 parts are at least 5 MiB");
        Assert.IsFalse(result.Crc64Verified, "S3 reports no CRC-64/XZ");
        Assert.IsEmpty(emulator.Rejections);
        Assert.IsTrue(emulator.Requests.All(r => r.Headers["authorization"].Contains("/eu-west-1/s3/aws4_request", StringComparison.Ordinal)));
        Assert.AreSequenceEqual(data, emulator.ObjectBytes(key));
        Assert.AreEqual(key, (await store.ListObjectsAsync("tests/sig", null, 5, Token)).Objects.Single().Key);
        var parts = await store.ListPartsAsync(key, await store.InitiateMultipartUploadAsync(key, null, Token), Token);
        Assert.IsEmpty(parts);
        Assert.AreEqual(1, await store.AbortStaleUploadsAsync("tests/", TimeSpan.Zero, Token));
    }

    [TestMethod]
    public async Task S3_WrongSecret_IsSignatureDoesNotMatch()
    {
        await using var emulator = await TestStores.StartEmulatorAsync();
        using var store = TestStores.S3(emulator, secret: "wrong");

        var error = await Assert.ThrowsExactlyAsync<ObjectStorageException>(() => store.HeadObjectAsync("tests/x", Token));

        Assert.AreEqual((403, "Forbidden", "HeadObject"), (error.StatusCode, error.Code, error.Operation));
        Assert.HasCount(1, emulator.Rejections);
    }

    [TestMethod]
    public async Task AbortStaleUploads_KeepsUploadsWithinTheGracePeriod()
    {
        await using var emulator = await TestStores.StartEmulatorAsync();
        using var store = TestStores.Cos(emulator);
        await store.InitiateMultipartUploadAsync("tests/stale", null, Token);

        Assert.AreEqual(0, await store.AbortStaleUploadsAsync("tests/", TimeSpan.FromHours(1), Token));
        Assert.AreEqual(1, emulator.UploadsInProgress);
        Assert.AreEqual(1, await store.AbortStaleUploadsAsync("tests/", TimeSpan.FromSeconds(-5), Token));
        Assert.AreEqual(0, emulator.UploadsInProgress);
    }
}
