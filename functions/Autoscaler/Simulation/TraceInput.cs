using System.Text.Json;
using Functions.Autoscaler.Simulation.Traces;

namespace Functions.Autoscaler.Simulation;

/// <summary>Where the command's trace comes from: a file, text given inline, or a JSON array given inline.</summary>
/// <param name="Source">The path, or "inline", for reports and errors.</param>
/// <param name="Format">How it is written.</param>
/// <param name="Path">The file to read, for a file.</param>
/// <param name="Text">The CSV or JSON text, when given inline as a string.</param>
/// <param name="Array">The points, when given inline as an array.</param>
internal sealed record TraceInput(string Source, TraceFormat Format, string? Path = null, string? Text = null, JsonElement? Array = null)
{
    /// <summary>The largest trace file read: 100,000 points of CSV take about 4 MB.</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    /// <summary>Reads and checks the trace.</summary>
    /// <param name="limits">Size and gap limits.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The trace.</returns>
    public async Task<LoadTrace> LoadAsync(TraceLimits limits, CancellationToken cancellationToken)
    {
        if (Array is { } array)
        {
            return TraceParser.Parse(array, limits);
        }

        if (Text is { } text)
        {
            return TraceParser.Parse(text, Format, Source, limits);
        }

        var file = new FileInfo(Path!);
        if (!file.Exists)
        {
            throw new TraceException($"file '{Path}' does not exist");
        }

        if (file.Length > MaxFileBytes)
        {
            throw new TraceException($"file '{Path}' is {file.Length} bytes, more than the {MaxFileBytes} read");
        }

        return TraceParser.Parse(await File.ReadAllTextAsync(file.FullName, cancellationToken), Format, Source, limits);
    }
}
