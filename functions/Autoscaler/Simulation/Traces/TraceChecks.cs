namespace Functions.Autoscaler.Simulation.Traces;

/// <summary>
/// What makes a list of points a trace: at least two, strictly increasing timestamps, and no step longer than the
/// allowed gap. Each error says where (a line or an index) and what.
/// </summary>
internal static class TraceChecks
{
    /// <summary>Checks the points and measures their median step.</summary>
    /// <param name="points">The points as read.</param>
    /// <param name="where">Names point <c>i</c> for messages ("line 14", "[13]").</param>
    /// <param name="limits">The allowed gap.</param>
    /// <returns>The median step between points.</returns>
    public static TimeSpan Validate(IReadOnlyList<LoadPoint> points, Func<int, string> where, TraceLimits limits)
    {
        if (points.Count == 0)
        {
            throw new TraceException("the trace has no points");
        }

        if (points.Count == 1)
        {
            throw new TraceException($"{where(0)}: the trace has a single point; at least two are needed to know its step");
        }

        var steps = new TimeSpan[points.Count - 1];
        for (var i = 1; i < points.Count; i++)
        {
            var step = points[i].At - points[i - 1].At;
            if (step == TimeSpan.Zero)
            {
                throw new TraceException($"{where(i)}: duplicate timestamp {Stamp(points[i].At)} (same as {where(i - 1)})");
            }

            if (step < TimeSpan.Zero)
            {
                throw new TraceException(
                    $"{where(i)}: timestamp {Stamp(points[i].At)} is earlier than {where(i - 1)}'s {Stamp(points[i - 1].At)}; the trace must be sorted by time");
            }

            steps[i - 1] = step;
        }

        var median = Median(steps);
        var maxGap = limits.MaxGap ?? median * TraceLimits.GapFactor;
        for (var i = 0; i < steps.Length; i++)
        {
            if (steps[i] > maxGap)
            {
                var allowed = limits.MaxGap is null ? $"{TraceLimits.GapFactor} × the median step of {Seconds(median)}" : "the configured maximum";
                throw new TraceException(
                    $"{where(i + 1)}: a gap of {Seconds(steps[i])} after {where(i)} ({Stamp(points[i].At)} → {Stamp(points[i + 1].At)}) " +
                    $"is longer than {Seconds(maxGap)} ({allowed})");
            }
        }

        return median;
    }

    private static TimeSpan Median(TimeSpan[] steps)
    {
        var sorted = steps.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string Stamp(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)} s";
}
