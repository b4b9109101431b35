using System.Globalization;

namespace Functions.Autoscaler.Simulation.Traces;

/// <summary>
/// Reads a CSV trace: a <c>timestamp,load</c> header, then one <c>timestamp,load</c> line a point. Blank lines are
/// skipped; every other problem is an error naming its line (1-based, counting the header).
/// </summary>
internal static class CsvTraceReader
{
    /// <summary>Reads the points and where each came from.</summary>
    /// <param name="text">The whole CSV.</param>
    /// <param name="maxPoints">The most points allowed.</param>
    /// <returns>The points, and the line each was on.</returns>
    public static (List<LoadPoint> Points, List<int> Lines) Read(string text, int maxPoints)
    {
        var points = new List<LoadPoint>();
        var lines = new List<int>();
        var number = 0;
        var header = false;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            number++;
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.IsEmpty)
            {
                continue;
            }

            if (!header)
            {
                header = IsHeader(line) ? true
                    : throw new TraceException($"line {number}: the first line must be the header 'timestamp,load', not '{Cut(line)}'");
                continue;
            }

            if (points.Count == maxPoints)
            {
                throw new TraceException($"line {number}: the trace has more than {maxPoints} points");
            }

            points.Add(Point(line, number));
            lines.Add(number);
        }

        if (!header)
        {
            throw new TraceException("the trace is empty: expected the header 'timestamp,load' and at least two points");
        }

        return (points, lines);
    }

    private static bool IsHeader(ReadOnlySpan<char> line)
    {
        var comma = line.IndexOf(',');
        return comma > 0
            && line[..comma].Trim().Equals("timestamp", StringComparison.OrdinalIgnoreCase)
            && line[(comma + 1)..].Trim().Equals("load", StringComparison.OrdinalIgnoreCase);
    }

    private static LoadPoint Point(ReadOnlySpan<char> line, int number)
    {
        var comma = line.IndexOf(',');
        if (comma < 0 || line[(comma + 1)..].Contains(','))
        {
            throw new TraceException($"line {number}: expected two fields 'timestamp,load', not '{Cut(line)}'");
        }

        var stamp = line[..comma].Trim().ToString();
        if (!TraceTimestamp.TryParse(stamp, out var at))
        {
            throw new TraceException($"line {number}: timestamp '{Cut(stamp)}' is neither ISO-8601 nor unix seconds");
        }

        var loadText = line[(comma + 1)..].Trim();
        if (!double.TryParse(loadText, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) || !double.IsFinite(load))
        {
            throw new TraceException($"line {number}: load '{Cut(loadText)}' is not a number");
        }

        return load < 0 ? throw new TraceException($"line {number}: load {loadText} is negative") : new LoadPoint(at, load);
    }

    private static string Cut(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : string.Concat(text[..60], "…");
}
