using System.Globalization;

namespace Functions.Backup.Sets;

/// <summary>
/// Where things are in a repository: <c>sets/&lt;set-id&gt;/&lt;source&gt;/&lt;object&gt;</c> and
/// <c>sets/&lt;set-id&gt;/manifest.json</c>. Set ids sort by time: <c>20261127T183000Z</c> for a timer slot,
/// with a suffix for runs started by hand.
/// </summary>
internal static class SetLayout
{
    public const string SetsPrefix = "sets/";
    public const string ManifestName = "manifest.json";

    public static string Manifest(string setId) => $"{SetsPrefix}{setId}/{ManifestName}";

    public static string SourcePrefix(string setId, string source) => $"{SetsPrefix}{setId}/{source}/";

    /// <summary>The set id of a timer fire: its slot, to the minute, so SCF's retries of the same fire find the same set.</summary>
    /// <param name="slot">The timer's time.</param>
    /// <returns>The id.</returns>
    public static string ForSlot(DateTimeOffset slot)
    {
        var utc = slot.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, TimeSpan.Zero).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>The set id of a run started by hand.</summary>
    /// <param name="now">When it started.</param>
    /// <returns>The id.</returns>
    public static string ForManualRun(DateTimeOffset now) =>
        now.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + "-manual";

    /// <summary>The set id a key belongs to, or null for keys outside <c>sets/</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The set id.</returns>
    public static string? SetIdOf(string key)
    {
        if (!key.StartsWith(SetsPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var slash = key.IndexOf('/', SetsPrefix.Length);
        return slash < 0 ? null : key[SetsPrefix.Length..slash];
    }

    /// <summary>Whether a set id is safe to use in a key (operators type them into restore commands).</summary>
    /// <param name="setId">The id.</param>
    /// <returns>True when it has only letters, digits, '-' and '_'.</returns>
    public static bool IsValid(string setId) => setId.Length is > 0 and <= 64 && setId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
