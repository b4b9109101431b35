using System.Buffers.Binary;

namespace Functions.Backup.Sources.Redis.Rdb;

/// <summary>
/// Redis's CRC-64 (src/crc64.c): the Jones polynomial 0xad93d23594c935a9, reflected (0x95ac9329ac4bc9b5 in the
/// right-shifting form used here), init 0, xorout 0; check value 0xe9c6d914c4b8d9ca for "123456789". It ends every
/// RDB (version 5 on) and every DUMP payload. Not CRC-64/XZ: same width, other polynomial and init. Slicing-by-8,
/// since an RDB can be gigabytes.
/// </summary>
internal sealed class RedisCrc64
{
    private const ulong ReflectedPolynomial = 0x95AC9329AC4BC9B5;
    private static readonly ulong[][] Tables = BuildTables();

    private ulong _crc;

    /// <summary>Adds bytes.</summary>
    /// <param name="data">The next bytes.</param>
    public void Append(ReadOnlySpan<byte> data)
    {
        var crc = _crc;
        while (data.Length >= 8)
        {
            crc ^= BinaryPrimitives.ReadUInt64LittleEndian(data);
            crc = Tables[7][crc & 0xFF] ^ Tables[6][(crc >> 8) & 0xFF] ^ Tables[5][(crc >> 16) & 0xFF] ^ Tables[4][(crc >> 24) & 0xFF]
                ^ Tables[3][(crc >> 32) & 0xFF] ^ Tables[2][(crc >> 40) & 0xFF] ^ Tables[1][(crc >> 48) & 0xFF] ^ Tables[0][crc >> 56];
            data = data[8..];
        }

        foreach (var b in data)
        {
            crc = Tables[0][(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        _crc = crc;
    }

    /// <summary>The checksum so far, as Redis stores it (little-endian) after the data.</summary>
    public ulong Value => _crc;

    /// <summary>The checksum of some bytes.</summary>
    /// <param name="data">The bytes.</param>
    /// <returns>The CRC.</returns>
    public static ulong Compute(ReadOnlySpan<byte> data)
    {
        var crc = new RedisCrc64();
        crc.Append(data);
        return crc.Value;
    }

    // Table k gives the contribution of a byte k positions before the end of an 8-byte word.
    private static ulong[][] BuildTables()
    {
        var tables = Enumerable.Range(0, 8).Select(_ => new ulong[256]).ToArray();
        for (var i = 0; i < 256; i++)
        {
            var crc = (ulong)i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc >> 1) ^ ((crc & 1) * ReflectedPolynomial);
            }

            tables[0][i] = crc;
        }

        for (var k = 1; k < 8; k++)
        {
            for (var i = 0; i < 256; i++)
            {
                tables[k][i] = (tables[k - 1][i] >> 8) ^ tables[0][tables[k - 1][i] & 0xFF];
            }
        }

        return tables;
    }
}
