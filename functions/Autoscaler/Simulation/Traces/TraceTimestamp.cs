using System.Globalization;

namespace Functions.Autoscaler.Simulation.Traces;

/// <summary>Reads a trace timestamp: ISO-8601 (<c>2026-11-30T09:00:00+08:00</c>; no offset means UTC) or unix seconds.</summary>
internal static class TraceTimestamp
{
    private static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    /// <summary>Parses text written either way.</summary>
    /// <param name="text">The timestamp.</param>
    /// <param name="at">The time.</param>
    /// <returns>Whether it was a timestamp.</returns>
    public static bool TryParse(string text, out DateTimeOffset at)
    {
        at = default;
        var value = text.Trim();
        if (double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            return TryFromUnix(seconds, out at);
        }

        // Only the ISO shape (yyyy-MM-dd…): culture formats such as 11/30/2026 would be ambiguous.
        return value.Length >= 10 && value[4] == '-' && value[7] == '-'
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out at);
    }

    /// <summary>A unix-seconds timestamp (fractions allowed).</summary>
    /// <param name="seconds">Seconds since 1970-01-01T00:00:00Z.</param>
    /// <param name="at">The time.</param>
    /// <returns>Whether it is within the representable range.</returns>
    public static bool TryFromUnix(double seconds, out DateTimeOffset at)
    {
        at = default;
        if (!double.IsFinite(seconds) || seconds < 0 || seconds > 253_402_300_799)
        {
            return false;
        }

        at = Epoch.AddTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
        return true;
    }
}
