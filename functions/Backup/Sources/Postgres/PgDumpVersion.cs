using System.Globalization;
using System.Text.RegularExpressions;

namespace Functions.Backup.Sources.Postgres;

/// <summary>Reads a client tool's version from <c>pg_dump --version</c> ("pg_dump (PostgreSQL) 15.18 (Debian …)").</summary>
internal static partial class PgDumpVersion
{
    public static (int Major, string Text) Parse(string output)
    {
        var match = VersionPattern().Match(output);
        return match.Success
            ? (int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), match.Groups[1].Value)
            : throw new FormatException($"cannot read a PostgreSQL version from '{output.Trim()}'");
    }

    [GeneratedRegex(@"\(PostgreSQL\) ((\d+)(?:\.\d+)*)")]
    private static partial Regex VersionPattern();
}
