using System.Buffers.Binary;

namespace Functions.ObjectStorage.Hashing;

/// <summary>
/// CRC-64/XZ, the checksum COS returns as <c>x-cos-hash-crc64ecma</c>: the reflected ECMA-182 polynomial
/// (0xC96C5795D7870F42), init and xorout all ones. <c>System.IO.Hashing.Crc64</c> is the non-reflected
/// ECMA-182 variant and gives other values. Incremental, slicing-by-8.
/// </summary>
public sealed class Crc64Xz
{
    private const ulong Polynomial = 0xC96C5795D7870F42;
    private static readonly ulong[][] Tables = BuildTables();

    private ulong _crc = ulong.MaxValue;

    /// <summary>Adds bytes to the checksum.</summary>
    /// <param name="data">The next bytes of the stream.</param>
    public void Append(ReadOnlySpan<byte> data)
    {
        var crc = _crc;
        var t0 = Tables[0];
        var t1 = Tables[1];
        var t2 = Tables[2];
        var t3 = Tables[3];
        var t4 = Tables[4];
        var t5 = Tables[5];
        var t6 = Tables[6];
        var t7 = Tables[7];
        while (data.Length >= 8)
        {
            crc ^= BinaryPrimitives.ReadUInt64LittleEndian(data);
            crc = t7[crc & 0xFF] ^ t6[(crc >> 8) & 0xFF] ^ t5[(crc >> 16) & 0xFF] ^ t4[(crc >> 24) & 0xFF]
                ^ t3[(crc >> 32) & 0xFF] ^ t2[(crc >> 40) & 0xFF] ^ t1[(crc >> 48) & 0xFF] ^ t0[crc >> 56];
            data = data[8..];
        }

        foreach (var b in data)
        {
            crc = t0[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        _crc = crc;
    }

    /// <summary>The checksum of everything appended so far (appending may continue).</summary>
    /// <returns>The CRC as COS prints it in decimal.</returns>
    public ulong GetCurrentValue() => _crc ^ ulong.MaxValue;

    /// <summary>The checksum of <paramref name="data"/> in one go.</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>The CRC.</returns>
    public static ulong Compute(ReadOnlySpan<byte> data)
    {
        var crc = new Crc64Xz();
        crc.Append(data);
        return crc.GetCurrentValue();
    }

    // Table k maps a byte that is k positions further from the end of an 8-byte word to its contribution.
    private static ulong[][] BuildTables()
    {
        var tables = new ulong[8][];
        for (var k = 0; k < 8; k++)
        {
            tables[k] = new ulong[256];
        }

        for (var i = 0; i < 256; i++)
        {
            var crc = (ulong)i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ Polynomial : crc >> 1;
            }

            tables[0][i] = crc;
        }

        for (var i = 0; i < 256; i++)
        {
            for (var k = 1; k < 8; k++)
            {
                var previous = tables[k - 1][i];
                tables[k][i] = (previous >> 8) ^ tables[0][previous & 0xFF];
            }
        }

        return tables;
    }
}
