using System.Globalization;

namespace Functions.Backup.Sources.Redis.Rdb;

/// <summary>The 9-byte RDB magic, <c>REDIS</c> + 4-digit version (src/rdb.c <c>rdbSaveRio</c>).</summary>
internal static class RdbHeader
{
    /// <summary>The header's length.</summary>
    public const int Length = 9;

    /// <summary>The newest version a loader accepts today: 10 is Redis 7.0, 11 is 7.2, 12 is 7.4 and 8.x.</summary>
    public const int MaxVersion = 12;

    /// <summary>The first version that ends with a CRC-64 (Redis 2.6).</summary>
    public const int FirstChecksummedVersion = 5;

    /// <summary>Reads the version, as the loader does: <c>REDIS</c>, then 1 ≤ version ≤ <see cref="MaxVersion"/>.</summary>
    /// <param name="header">The first bytes of the file (at least <see cref="Length"/>).</param>
    /// <returns>The version.</returns>
    /// <exception cref="InvalidDataException">The bytes are not an RDB header a loader would accept.</exception>
    public static int ParseVersion(ReadOnlySpan<byte> header)
    {
        if (header.Length < Length || !header.StartsWith("REDIS"u8))
        {
            var start = Convert.ToHexString(header[..Math.Min(header.Length, Length)]);
            throw new InvalidDataException($"not an RDB: it starts with {start}, not 'REDIS' and a version");
        }

        var digits = header[5..Length];
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version is < 1 or > MaxVersion)
        {
            throw new InvalidDataException(
                $"RDB version '{System.Text.Encoding.ASCII.GetString(digits)}' is not one a loader accepts (1 to {MaxVersion})");
        }

        return version;
    }
}
