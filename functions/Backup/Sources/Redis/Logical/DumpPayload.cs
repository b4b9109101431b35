using System.Buffers.Binary;
using Functions.Backup.Sources.Redis.Rdb;

namespace Functions.Backup.Sources.Redis.Logical;

/// <summary>
/// The footer DUMP puts after a serialised value (src/cluster.c <c>createDumpPayload</c>): the 2-byte RDB version and
/// the CRC-64 of everything before it. RESTORE refuses a payload whose footer does not match; checking it here finds
/// a damaged snapshot without a server.
/// </summary>
internal static class DumpPayload
{
    /// <summary>Checks a payload's footer.</summary>
    /// <param name="payload">The payload.</param>
    /// <returns>Its RDB version.</returns>
    /// <exception cref="InvalidDataException">The version is not one a loader accepts, or the CRC does not match.</exception>
    public static int Check(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < LogicalFormat.MinPayloadLength)
        {
            throw new InvalidDataException($"a DUMP payload of {payload.Length} bytes is too short");
        }

        var version = BinaryPrimitives.ReadUInt16LittleEndian(payload[^10..]);
        if (version is < 1 or > RdbHeader.MaxVersion)
        {
            throw new InvalidDataException($"a DUMP payload has RDB version {version}, not one a loader accepts (1 to {RdbHeader.MaxVersion})");
        }

        var stored = BinaryPrimitives.ReadUInt64LittleEndian(payload[^8..]);
        var actual = RedisCrc64.Compute(payload[..^8]);
        return stored == actual
            ? version
            : throw new InvalidDataException($"a DUMP payload's CRC-64 is {stored:x16} but its content gives {actual:x16}");
    }
}
