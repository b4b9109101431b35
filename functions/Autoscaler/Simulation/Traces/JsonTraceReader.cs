using System.Globalization;
using System.Text.Json;

namespace Functions.Autoscaler.Simulation.Traces;

/// <summary>
/// Reads a JSON trace: an array of <c>{"t":…,"load":…}</c> or <c>{"timestamp":…,"load":…}</c>. A timestamp is an
/// ISO-8601 string or unix seconds (a number or a numeric string); load is a number. Errors name the index.
/// </summary>
internal static class JsonTraceReader
{
    /// <summary>Parses JSON text, then reads it.</summary>
    /// <param name="text">The JSON.</param>
    /// <param name="maxPoints">The most points allowed.</param>
    /// <returns>The points.</returns>
    public static List<LoadPoint> Read(string text, int maxPoints)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            throw new TraceException($"not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}");
        }

        using (document)
        {
            return Read(document.RootElement, maxPoints);
        }
    }

    /// <summary>Reads an array already parsed (an inline trace in the event).</summary>
    /// <param name="array">The array.</param>
    /// <param name="maxPoints">The most points allowed.</param>
    /// <returns>The points.</returns>
    public static List<LoadPoint> Read(JsonElement array, int maxPoints)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new TraceException($"a JSON trace must be an array of {{\"t\":…,\"load\":…}} objects, not {array.ValueKind.ToString().ToLowerInvariant()}");
        }

        var length = array.GetArrayLength();
        if (length > maxPoints)
        {
            throw new TraceException($"the trace has {length} points, more than the {maxPoints} allowed");
        }

        var points = new List<LoadPoint>(length);
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            points.Add(Point(item, index++));
        }

        return points;
    }

    private static LoadPoint Point(JsonElement item, int index)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new TraceException($"[{index}]: expected an object {{\"t\":…,\"load\":…}}, not {item.ValueKind.ToString().ToLowerInvariant()}");
        }

        var hasT = item.TryGetProperty("t", out var stamp);
        if (!hasT && !item.TryGetProperty("timestamp", out stamp))
        {
            throw new TraceException($"[{index}]: has neither 't' nor 'timestamp'");
        }

        var at = stamp.ValueKind switch
        {
            JsonValueKind.Number when TraceTimestamp.TryFromUnix(stamp.GetDouble(), out var unix) => unix,
            JsonValueKind.String when TraceTimestamp.TryParse(stamp.GetString()!, out var parsed) => parsed,
            _ => throw new TraceException($"[{index}]: {(hasT ? "t" : "timestamp")} {Raw(stamp)} is neither ISO-8601 nor unix seconds"),
        };
        if (!item.TryGetProperty("load", out var loadElement))
        {
            throw new TraceException($"[{index}]: has no 'load'");
        }

        if (loadElement.ValueKind != JsonValueKind.Number || !loadElement.TryGetDouble(out var load) || !double.IsFinite(load))
        {
            throw new TraceException($"[{index}]: load {Raw(loadElement)} is not a number");
        }

        return load < 0
            ? throw new TraceException($"[{index}]: load {load.ToString(CultureInfo.InvariantCulture)} is negative")
            : new LoadPoint(at, load);
    }

    private static string Raw(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…");
    }
}
