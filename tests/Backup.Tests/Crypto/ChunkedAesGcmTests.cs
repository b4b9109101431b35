using System.Security.Cryptography;
using Functions.Backup.Crypto;

namespace Functions.Backup.Tests.Crypto;

[TestClass]
public sealed class ChunkedAesGcmTests
{
    private static readonly EncryptionKey Key = new(RandomNumberGenerator.GetBytes(32), "test-key");

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow(0)]
    [DataRow(1)]
    [DataRow(4096)]
    [DataRow(4097)]
    [DataRow(3 * 4096 + 17)]
    public async Task RoundTrip_AnyLength_ReturnsTheSameBytes(int length)
    {
        var plain = RandomNumberGenerator.GetBytes(length);

        var sealedBytes = await EncryptAsync(plain);
        var opened = await DecryptAsync(sealedBytes);

        Assert.AreSequenceEqual(plain, opened);
    }

    [TestMethod]
    public async Task FlippedByte_AnywhereInACipherChunk_FailsAuthentication()
    {
        var sealedBytes = await EncryptAsync(RandomNumberGenerator.GetBytes(3 * 4096));

        foreach (var position in new[] { sealedBytes.Length / 2, sealedBytes.Length - 3 })
        {
            var tampered = (byte[])sealedBytes.Clone();
            tampered[position] ^= 0x01;
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => DecryptAsync(tampered));
            Assert.Contains("failed authentication", error.Message);
        }
    }

    [TestMethod]
    public async Task TruncatedAtAChunkBoundary_IsDetected()
    {
        var sealedBytes = await EncryptAsync(RandomNumberGenerator.GetBytes(3 * 4096));
        var headerLength = 8 + 1 + "test-key".Length + 8 + 4;
        var chunkLength = 4 + 4096 + 16;

        var withoutLast = sealedBytes.AsSpan(0, headerLength + (2 * chunkLength)).ToArray();
        var error = await Assert.ThrowsExactlyAsync<InvalidDataException>(() => DecryptAsync(withoutLast));

        Assert.Contains("truncated", error.Message);
    }

    [TestMethod]
    public async Task ReorderedChunks_FailAuthentication()
    {
        var sealedBytes = await EncryptAsync(RandomNumberGenerator.GetBytes(3 * 4096));
        var headerLength = 8 + 1 + "test-key".Length + 8 + 4;
        var chunkLength = 4 + 4096 + 16;
        var swapped = (byte[])sealedBytes.Clone();
        sealedBytes.AsSpan(headerLength, chunkLength).CopyTo(swapped.AsSpan(headerLength + chunkLength));
        sealedBytes.AsSpan(headerLength + chunkLength, chunkLength).CopyTo(swapped.AsSpan(headerLength));

        await Assert.ThrowsExactlyAsync<InvalidDataException>(() => DecryptAsync(swapped));
    }

    [TestMethod]
    public async Task AppendedData_AfterTheLastChunk_IsRefused()
    {
        var sealedBytes = await EncryptAsync(RandomNumberGenerator.GetBytes(100));

        var error = await Assert.ThrowsExactlyAsync<InvalidDataException>(() => DecryptAsync([.. sealedBytes, 0x00]));

        Assert.Contains("after its last chunk", error.Message);
    }

    [TestMethod]
    public async Task UnknownKey_SaysWhichKeyIsNeeded()
    {
        var sealedBytes = await EncryptAsync(RandomNumberGenerator.GetBytes(100));
        var other = new EncryptionKey(RandomNumberGenerator.GetBytes(32), "other-key");

        var error = await Assert.ThrowsExactlyAsync<InvalidDataException>(() => DecryptAsync(sealedBytes, other));

        Assert.Contains("'test-key'", error.Message);
        Assert.Contains("other-key", error.Message);
    }

    [TestMethod]
    public async Task SameKeyWrongMaterial_FailsAuthentication()
    {
        var sealedBytes = await EncryptAsync(RandomNumberGenerator.GetBytes(100));
        var impostor = new EncryptionKey(RandomNumberGenerator.GetBytes(32), "test-key");

        await Assert.ThrowsExactlyAsync<InvalidDataException>(() => DecryptAsync(sealedBytes, impostor));
    }

    [TestMethod]
    public void Parse_RefusesKeysOfTheWrongSizeWithoutEchoingThem()
    {
        var error = Assert.ThrowsExactly<FormatException>(() => EncryptionKey.Parse(Convert.ToBase64String(new byte[16]), null));

        Assert.Contains("32 bytes", error.Message);
        Assert.StartsWith("sha256:", EncryptionKey.Parse(Convert.ToBase64String(new byte[32]), null).Id);
    }

    private async Task<byte[]> EncryptAsync(byte[] plain)
    {
        using var output = new MemoryStream();
        await using (var encrypting = new EncryptingStream(output, Key, chunkSize: 4096))
        {
            // Uneven writes: chunking must not depend on how the producer writes.
            for (var i = 0; i < plain.Length; i += 1000)
            {
                await encrypting.WriteAsync(plain.AsMemory(i, Math.Min(1000, plain.Length - i)), TestContext.CancellationToken);
            }

            await encrypting.FinishAsync(TestContext.CancellationToken);
        }

        return output.ToArray();
    }

    private async Task<byte[]> DecryptAsync(byte[] sealedBytes, EncryptionKey? key = null)
    {
        var keyRing = new Dictionary<string, EncryptionKey> { [(key ?? Key).Id] = key ?? Key };
        await using var decrypting = new DecryptingStream(new MemoryStream(sealedBytes), keyRing);
        using var output = new MemoryStream();
        await decrypting.CopyToAsync(output, TestContext.CancellationToken);
        return output.ToArray();
    }
}
