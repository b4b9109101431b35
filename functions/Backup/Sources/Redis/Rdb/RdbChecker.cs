using System.Buffers.Binary;
using Functions.Backup.Verification;

namespace Functions.Backup.Sources.Redis.Rdb;

/// <summary>
/// Checks an RDB in one pass with a fixed buffer: the header a loader accepts, the EOF opcode (0xFF) before the
/// last 8 bytes, and those 8 bytes against the CRC-64 of everything before them (src/rdb.c <c>rdbSaveRio</c>).
/// The last 8 bytes are held back from hashing until the stream ends, since only then are they known to be the checksum.
/// </summary>
internal static class RdbChecker
{
    /// <summary>What is checked, for the report.</summary>
    public const string Check = "RDB header, EOF opcode and CRC-64";

    private const int ChecksumLength = 8;
    private const byte EofOpcode = 0xFF;

    /// <summary>Checks the RDB.</summary>
    /// <param name="rdb">The RDB, read to its end.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>What was found.</returns>
    public static async Task<VerificationReport> CheckAsync(Stream rdb, CancellationToken cancellationToken)
    {
        var buffer = new byte[(64 * 1024) + ChecksumLength];
        var header = new byte[RdbHeader.Length];
        var crc = new RedisCrc64();
        long hashed = 0;
        var held = 0;
        var last = -1;
        int count;
        while ((count = await rdb.ReadAsync(buffer.AsMemory(held, buffer.Length - ChecksumLength), cancellationToken)) > 0)
        {
            var available = held + count;
            var settled = Math.Max(0, available - ChecksumLength);
            if (settled > 0)
            {
                var bytes = buffer.AsSpan(0, settled);
                if (hashed < RdbHeader.Length)
                {
                    var take = (int)Math.Min(settled, RdbHeader.Length - hashed);
                    bytes[..take].CopyTo(header.AsSpan((int)hashed));
                }

                crc.Append(bytes);
                last = bytes[^1];
                hashed += settled;
                buffer.AsSpan(settled, available - settled).CopyTo(buffer);
            }

            held = available - settled;
        }

        var length = hashed + held;
        if (length < RdbHeader.Length + 1 + ChecksumLength)
        {
            return VerificationReport.Failed(Check, $"only {length} bytes: too short for an RDB");
        }

        int version;
        try
        {
            version = RdbHeader.ParseVersion(header);
        }
        catch (InvalidDataException e)
        {
            return VerificationReport.Failed(Check, e.Message);
        }

        if (version < RdbHeader.FirstChecksummedVersion)
        {
            return buffer[ChecksumLength - 1] == EofOpcode
                ? VerificationReport.Ok($"RDB version {version}, {length} bytes, ends with the EOF opcode (no checksum before version 5)")
                : VerificationReport.Failed(Check, $"RDB version {version} does not end with the EOF opcode: truncated or damaged");
        }

        if (last != EofOpcode)
        {
            return VerificationReport.Failed(Check, $"no EOF opcode (0xFF) before the checksum, found 0x{last:X2}: the RDB is truncated or damaged");
        }

        var stored = BinaryPrimitives.ReadUInt64LittleEndian(buffer);
        if (stored == 0)
        {
            return VerificationReport.Ok(
                $"RDB version {version}, {length} bytes, EOF opcode; checksum 0: written with 'rdbchecksum no', so the content was not checked");
        }

        return stored == crc.Value
            ? VerificationReport.Ok($"RDB version {version}, {length} bytes, EOF opcode, CRC-64 {stored:x16} matches")
            : VerificationReport.Failed(Check, $"CRC-64 mismatch: the RDB says {stored:x16}, its content gives {crc.Value:x16}: damaged");
    }
}
