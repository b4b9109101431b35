using System.Globalization;

namespace Functions.AlertHandler.Ingest;

/// <summary>
/// Cloud Monitor's times: naive <c>yyyy-MM-dd HH:mm:ss</c> strings in Beijing time. The docs call them Beijing time
/// and the console shows them so; the body carries no offset, so UTC+8 is assumed here and nowhere else.
/// </summary>
internal static class CloudMonitorTime
{
    public const string Pattern = "yyyy-MM-dd HH:mm:ss";

    /// <summary>China Standard Time has had no daylight saving since 1991, so a fixed offset is exact.</summary>
    public static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        if (DateTime.TryParseExact(text?.Trim(), Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            value = new DateTimeOffset(local, BeijingOffset);
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>ISO 8601 with the offset ("2017-03-09T07:00:00+08:00"), for annotations people read.</summary>
    public static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
