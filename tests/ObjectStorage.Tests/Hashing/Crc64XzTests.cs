using System.Text;
using Functions.ObjectStorage.Hashing;

namespace Functions.ObjectStorage.Tests.Hashing;

[TestClass]
public sealed class Crc64XzTests
{
    [TestMethod]
    public void Compute_CheckString_IsTheCrc64XzCheckValue()
    {
        Assert.AreEqual(11051210869376104954UL, Crc64Xz.Compute("123456789"u8));
        Assert.AreEqual(0x995DC9BBDF1939FAUL, Crc64Xz.Compute("123456789"u8));
    }

    [TestMethod]
    public void Compute_CosGetObjectDocExample_MatchesTheDocumentedHeader()
    {
        // GET Object doc example: body "[Object Content]", ETag ee8de918…, x-cos-hash-crc64ecma 16749565679157681890.
        var body = Encoding.ASCII.GetBytes("[Object Content]");

        Assert.HasCount(16, body);
#pragma warning disable CA5351 // The documented ETag is the body's MD5: checking it proves the body is the doc's.
        Assert.AreEqual("ee8de918d05640145b18f70f4c3aa602", Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(body)));
#pragma warning restore CA5351
        Assert.AreEqual(16749565679157681890UL, Crc64Xz.Compute(body));
    }

    [TestMethod]
    public void Compute_Empty_IsZero() => Assert.AreEqual(0UL, Crc64Xz.Compute([]));

    [TestMethod]
    public void Append_AnyChunking_EqualsOneShot()
    {
        var data = new byte[100_003];
        new Random(42).NextBytes(data);
        var expected = Crc64Xz.Compute(data);
        var random = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            var crc = new Crc64Xz();
            var offset = 0;
            while (offset < data.Length)
            {
                var length = Math.Min(data.Length - offset, random.Next(0, round % 2 == 0 ? 17 : 20_000));
                crc.Append(data.AsSpan(offset, length));
                offset += length;
            }

            Assert.AreEqual(expected, crc.GetCurrentValue(), $"round {round}");
        }
    }

    [TestMethod]
    public void GetCurrentValue_MidStream_DoesNotDisturbAppending()
    {
        var crc = new Crc64Xz();
        crc.Append("12345"u8);
        _ = crc.GetCurrentValue();
        crc.Append("6789"u8);

        Assert.AreEqual(11051210869376104954UL, crc.GetCurrentValue());
    }

    [TestMethod]
    public void Compute_DiffersFromSystemIoHashingCrc64()
    {
        // System.IO.Hashing.Crc64 is the non-reflected ECMA-182 CRC: not what COS returns.
        Assert.AreNotEqual(System.IO.Hashing.Crc64.HashToUInt64("123456789"u8), Crc64Xz.Compute("123456789"u8));
    }
}
