using System.Globalization;

namespace Functions.Autoscaler.Simulation.Plot;

/// <summary>Time ticks at round local times (in the trace's own UTC offset), and labels that fit the span.</summary>
internal static class TimeAxis
{
    private static readonly TimeSpan[] Steps =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15),
        TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(3), TimeSpan.FromHours(6),
        TimeSpan.FromHours(12), TimeSpan.FromDays(1), TimeSpan.FromDays(2), TimeSpan.FromDays(7), TimeSpan.FromDays(14), TimeSpan.FromDays(28),
    ];

    /// <summary>The ticks between <paramref name="start"/> and <paramref name="end"/>, at most about <paramref name="most"/>.</summary>
    /// <param name="start">The axis's start.</param>
    /// <param name="end">The axis's end.</param>
    /// <param name="most">The most ticks wanted.</param>
    /// <returns>Each tick's time and label.</returns>
    public static IReadOnlyList<(DateTimeOffset At, string Label)> Ticks(DateTimeOffset start, DateTimeOffset end, int most)
    {
        var span = end - start;
        var step = Steps.FirstOrDefault(s => span / s <= most, TimeSpan.FromTicks(Math.Max(1, span.Ticks / most)));
        var format = step >= TimeSpan.FromDays(1) ? "ddd MM-dd" : span > TimeSpan.FromDays(1) ? "ddd HH:mm" : "HH:mm";

        // DateTimeOffset.Ticks counts the local clock, so rounding them lands on round local times (midnight, whole hours).
        var first = (start.Ticks + step.Ticks - 1) / step.Ticks * step.Ticks;
        var ticks = new List<(DateTimeOffset, string)>();
        for (var at = new DateTimeOffset(first, start.Offset); at <= end; at += step)
        {
            ticks.Add((at, at.ToString(format, CultureInfo.InvariantCulture)));
        }

        return ticks;
    }
}
