using System.Globalization;
using System.Text;

namespace Functions.Scf.Configuration;

/// <summary>
/// Prometheus-style durations: <c>30s</c>, <c>5m</c>, <c>1h30m</c>, <c>500ms</c>. Units y (365d), w, d, h, m, s, ms,
/// each at most once and from the largest down, as Prometheus' <c>model.ParseDuration</c>.
/// </summary>
public static class PromDuration
{
    private static readonly (string Unit, TimeSpan Size)[] Units =
    [
        ("y", TimeSpan.FromDays(365)), ("w", TimeSpan.FromDays(7)), ("d", TimeSpan.FromDays(1)), ("h", TimeSpan.FromHours(1)),
        ("m", TimeSpan.FromMinutes(1)), ("s", TimeSpan.FromSeconds(1)), ("ms", TimeSpan.FromMilliseconds(1)),
    ];

    /// <summary>Parses a duration.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The duration.</returns>
    /// <exception cref="FormatException">Not a duration; the message shows the expected form.</exception>
    public static TimeSpan Parse(string text)
    {
        if (text == "0")
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var next = 0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            var unitStart = i;
            while (i < text.Length && char.IsAsciiLetterLower(text[i]))
            {
                i++;
            }

            var unit = Array.FindIndex(Units, next, u => u.Unit == text[unitStart..i]);
            if (unitStart == start || unit < 0 || !long.TryParse(text.AsSpan(start, unitStart - start), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                throw Invalid(text);
            }

            try
            {
                total += Units[unit].Size * count;
            }
            catch (OverflowException)
            {
                throw Invalid(text);
            }

            next = unit + 1;
        }

        return next == 0 ? throw Invalid(text) : total;
    }

    /// <summary>Formats a duration the way <see cref="Parse"/> reads it (<c>1h30m</c>, <c>0s</c>).</summary>
    /// <param name="duration">A non-negative duration.</param>
    /// <returns>The text.</returns>
    public static string Format(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return "0s";
        }

        var builder = new StringBuilder();
        var rest = duration;
        foreach (var (unit, size) in Units.Skip(2))
        {
            var count = rest.Ticks / size.Ticks;
            if (count > 0)
            {
                builder.Append(count.ToString(CultureInfo.InvariantCulture)).Append(unit);
                rest -= size * count;
            }
        }

        return builder.ToString();
    }

    private static FormatException Invalid(string text) =>
        new($"'{text}' is not a duration: use a number with a unit, largest first, e.g. 30s, 5m, 4h, 1h30m (units ms, s, m, h, d, w, y)");
}
