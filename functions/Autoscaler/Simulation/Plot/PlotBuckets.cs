using Functions.Autoscaler.Simulation.Model;

namespace Functions.Autoscaler.Simulation.Plot;

/// <summary>
/// Downsamples a timeline into equal columns. A column keeps the peak load, the lowest ready capacity and the most
/// instances of everything in it; when a column is no wider than the trace's step the plot is exact.
/// </summary>
internal static class PlotBuckets
{
    /// <summary>The most columns a panel draws (about one per pixel of its width).</summary>
    public const int MaxColumns = 1000;

    private static readonly TimeSpan[] Widths =
    [
        TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1),
        TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(6), TimeSpan.FromDays(1),
    ];

    /// <summary>
    /// How many columns a span needs: one per <paramref name="resolution"/> when that fits in <see cref="MaxColumns"/>,
    /// else one per round width (15 min for a week) that does.
    /// </summary>
    /// <param name="span">The time plotted.</param>
    /// <param name="resolution">The finest step worth showing (the trace's step or the evaluation interval).</param>
    /// <returns>The column count.</returns>
    public static int Columns(TimeSpan span, TimeSpan resolution)
    {
        var finest = span / MaxColumns > resolution ? span / MaxColumns : resolution;
        var width = finest <= resolution ? resolution : Widths.FirstOrDefault(w => w >= finest, finest);
        return (int)Math.Clamp(Math.Ceiling(span / width), 1, MaxColumns);
    }

    /// <summary>Folds the segments into columns.</summary>
    /// <param name="segments">The timeline, in order.</param>
    /// <param name="start">The plot's start.</param>
    /// <param name="end">The plot's end.</param>
    /// <param name="columns">How many columns.</param>
    /// <param name="capacityPerInstance">Requests per second one ready instance serves.</param>
    /// <returns>The columns, in time order.</returns>
    public static PlotBucket[] From(IReadOnlyList<Segment> segments, DateTimeOffset start, DateTimeOffset end, int columns, double capacityPerInstance)
    {
        var width = (end - start).TotalSeconds / columns;
        var peak = new double[columns];
        var lowest = Enumerable.Repeat(double.MaxValue, columns).ToArray();
        var most = new int[columns];
        var breach = new double[columns];
        foreach (var segment in segments)
        {
            var from = (segment.At - start).TotalSeconds;
            var to = from + segment.Length.TotalSeconds;
            var capacity = segment.Ready * capacityPerInstance;
            var last = Math.Min(columns - 1, (int)Math.Ceiling(to / width) - 1);
            for (var column = Math.Max(0, (int)(from / width)); column <= last; column++)
            {
                peak[column] = Math.Max(peak[column], segment.Load);
                lowest[column] = Math.Min(lowest[column], capacity);
                most[column] = Math.Max(most[column], segment.Running);
                if (segment.Load > capacity)
                {
                    breach[column] += Math.Min(to, (column + 1) * width) - Math.Max(from, column * width);
                }
            }
        }

        return Enumerable.Range(0, columns)
            .Select(c => new PlotBucket(peak[c], lowest[c] == double.MaxValue ? 0 : lowest[c], most[c], breach[c]))
            .ToArray();
    }
}
