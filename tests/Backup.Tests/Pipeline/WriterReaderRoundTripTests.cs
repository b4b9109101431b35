using System.Security.Cryptography;
using Functions.Backup.Crypto;
using Functions.Backup.Pipeline;
using Functions.Backup.Repository;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.Backup.Tests.Pipeline;

/// <summary>The repository writer and checking reader over a file repository, in every encoding, and their failure paths.</summary>
[TestClass]
public sealed class WriterReaderRoundTripTests
{
    private static readonly EncryptionKey Key = new(RandomNumberGenerator.GetBytes(32), "k1");
    private string _root = "";

    public TestContext TestContext { get; set; } = null!;

    [TestInitialize]
    public void CreateRoot() => _root = Directory.CreateTempSubdirectory("backup-repo-").FullName;

    [TestCleanup]
    public void DeleteRoot() => Directory.Delete(_root, recursive: true);

    [TestMethod]
    [DataRow(false, false)]
    [DataRow(true, false)]
    [DataRow(false, true)]
    [DataRow(true, true)]
    public async Task WriteThenRead_ReturnsTheProducedBytes_AndRecordsBothHashes(bool compress, bool encrypt)
    {
        var encoding = new ObjectEncoding(compress, encrypt ? Key : null);
        var content = Compressible(3 << 20);

        var stored = await Writer(encoding).WriteAsync("data.bin", ObjectFormat.Tar, (s, ct) => s.WriteAsync(content, ct).AsTask(), TestContext.CancellationToken);
        var read = await ReadAllAsync(stored);

        Assert.AreSequenceEqual(content, read);
        Assert.AreEqual(content.Length, stored.PlainSize);
        Assert.AreEqual(Convert.ToHexStringLower(SHA256.HashData(content)), stored.PlainSha256);
        Assert.AreEqual(new FileInfo(Path.Combine(_root, stored.Key)).Length, stored.StoredSize);
        Assert.AreEqual("sets/s1/test/data.bin" + encoding.Suffix(ObjectFormat.Tar), stored.Key);
        Assert.AreEqual(compress ? "gzip" : "none", stored.Compression);
        Assert.AreEqual(encrypt ? "k1" : null, stored.EncryptionKeyId);
        if (compress)
        {
            Assert.IsLessThan(content.Length / 2, stored.StoredSize, "compressible data shrinks");
        }
    }

    [TestMethod]
    public async Task PostgresArchives_AreNotCompressedAgain()
    {
        var stored = await Writer(new ObjectEncoding(true, null)).WriteAsync(
            "db.dump", ObjectFormat.PostgresCustom, (s, ct) => s.WriteAsync(Compressible(1000), ct).AsTask(), TestContext.CancellationToken);

        Assert.AreEqual("none", stored.Compression);
        Assert.AreEqual("sets/s1/test/db.dump", stored.Key);
    }

    [TestMethod]
    public async Task ProducerFailing_LeavesNoObjectAndNoPartialFile()
    {
        var writer = Writer(new ObjectEncoding(true, Key));

        var error = await Assert.ThrowsExactlyAsync<IOException>(() => writer.WriteAsync("broken.tar", ObjectFormat.Tar, async (s, ct) =>
        {
            await s.WriteAsync(Compressible(2 << 20), ct);
            throw new IOException("pg_dump died");
        }, TestContext.CancellationToken));

        Assert.AreEqual("pg_dump died", error.Message);
        Assert.IsEmpty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [TestMethod]
    [DataRow(false, false)]
    [DataRow(true, true)]
    public async Task FlippedStoredByte_FailsTheReadLoudly(bool compress, bool encrypt)
    {
        var stored = await Writer(new ObjectEncoding(compress, encrypt ? Key : null)).WriteAsync(
            "data.bin", ObjectFormat.Tar, (s, ct) => s.WriteAsync(RandomNumberGenerator.GetBytes(200_000), ct).AsTask(), TestContext.CancellationToken);
        var path = Path.Combine(_root, stored.Key);
        var bytes = await File.ReadAllBytesAsync(path, TestContext.CancellationToken);
        bytes[bytes.Length / 2] ^= 0x40;
        await File.WriteAllBytesAsync(path, bytes, TestContext.CancellationToken);

        await Assert.ThrowsAsync<InvalidDataException>(() => ReadAllAsync(stored));
    }

    [TestMethod]
    public async Task TruncatedStoredObject_FailsTheReadLoudly()
    {
        var stored = await Writer(ObjectEncoding.Plain).WriteAsync(
            "data.bin", ObjectFormat.Tar, (s, ct) => s.WriteAsync(RandomNumberGenerator.GetBytes(200_000), ct).AsTask(), TestContext.CancellationToken);
        var path = Path.Combine(_root, stored.Key);
        await using (var file = File.OpenWrite(path))
        {
            file.SetLength(150_000);
        }

        var error = await Assert.ThrowsExactlyAsync<InvalidDataException>(() => ReadAllAsync(stored));

        Assert.Contains("does not match the manifest", error.Message);
    }

    private RepositorySourceWriter Writer(ObjectEncoding encoding) =>
        new(new FileRepository(_root, TimeProvider.System), "sets/s1/test/", encoding, TimeProvider.System, NullLogger.Instance);

    private async Task<byte[]> ReadAllAsync(StoredObject stored)
    {
        var reader = new RepositoryObjectReader(new FileRepository(_root, TimeProvider.System), new Dictionary<string, EncryptionKey> { ["k1"] = Key });
        await using var stream = await reader.OpenAsync(stored, TestContext.CancellationToken);
        using var output = new MemoryStream();
        await stream.CopyToAsync(output, TestContext.CancellationToken);
        return output.ToArray();
    }

    private static byte[] Compressible(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)("superinsight annotation row "[i % 28] + (i / 4096 % 3));
        }

        return bytes;
    }
}
