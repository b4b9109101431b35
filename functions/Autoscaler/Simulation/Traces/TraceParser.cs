using System.Text.Json;

namespace Functions.Autoscaler.Simulation.Traces;

/// <summary>Turns CSV or JSON text, or an inline JSON array, into a checked <see cref="LoadTrace"/>.</summary>
internal static class TraceParser
{
    /// <summary>Parses a trace written as text.</summary>
    /// <param name="text">The CSV or JSON.</param>
    /// <param name="format">Which of the two.</param>
    /// <param name="source">Where it came from, for reports.</param>
    /// <param name="limits">Size and gap limits.</param>
    /// <returns>The trace.</returns>
    public static LoadTrace Parse(string text, TraceFormat format, string source, TraceLimits limits)
    {
        if (format == TraceFormat.Json)
        {
            return Checked(JsonTraceReader.Read(text, limits.MaxPoints), i => $"[{i}]", source, limits);
        }

        var (points, lines) = CsvTraceReader.Read(text, limits.MaxPoints);
        return Checked(points, i => $"line {lines[i]}", source, limits);
    }

    /// <summary>Reads an array of points given inline (in the command event).</summary>
    /// <param name="array">The array.</param>
    /// <param name="limits">Size and gap limits.</param>
    /// <returns>The trace.</returns>
    public static LoadTrace Parse(JsonElement array, TraceLimits limits) =>
        Checked(JsonTraceReader.Read(array, limits.MaxPoints), i => $"[{i}]", "inline", limits);

    private static LoadTrace Checked(List<LoadPoint> points, Func<int, string> where, string source, TraceLimits limits) =>
        new(points, TraceChecks.Validate(points, where, limits), source);
}
