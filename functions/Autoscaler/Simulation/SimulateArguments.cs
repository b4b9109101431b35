using System.Text.Json;
using Functions.Autoscaler.Policy;
using Functions.Autoscaler.Simulation.Model;
using Functions.Autoscaler.Simulation.Policies;
using Functions.Autoscaler.Simulation.Traces;
using Functions.Scf.Events;

namespace Functions.Autoscaler.Simulation;

/// <summary>
/// Reads and checks the <c>simulate</c> command's arguments. Every problem is an <c>InvalidArguments</c> error naming
/// the field; an unknown field is refused too, so a misspelt setting never silently falls back to its default.
/// </summary>
internal static class SimulateArguments
{
    /// <summary>CloudBase Run's largest MaxNum.</summary>
    public const int PlatformMaxInstances = 50;

    /// <summary>The fields the command reads.</summary>
    public static IReadOnlyList<string> Known { get; } =
    [
        "command", "trace", "format", "capacityPerInstance", "startupDelaySeconds", "intervalSeconds", "minInstances", "maxInstances",
        "initialInstances", "maxGapSeconds", "plot", "ticks",
    ];

    /// <summary>Reads the command.</summary>
    /// <param name="command">The event.</param>
    /// <param name="ours">Our policy; its bounds are the defaults of <c>minInstances</c> and <c>maxInstances</c>.</param>
    /// <returns>The checked request.</returns>
    public static SimulateRequest Read(CommandEvent command, ScalingPolicy ours)
    {
        var arguments = command.Arguments;
        foreach (var field in arguments.Json.EnumerateObject().Where(f => !Known.Contains(f.Name)))
        {
            throw arguments.Fail($"has an unknown field '{field.Name}' (known: {string.Join(", ", Known.Skip(1))})");
        }

        var min = NumberArguments.Integer(arguments, "minInstances", 1, PlatformMaxInstances) ?? Math.Max(1, ours.MinInstances);
        var max = NumberArguments.Integer(arguments, "maxInstances", min, PlatformMaxInstances, $" (minInstances to CloudBase Run's MaxNum limit)")
            ?? Math.Max(min, Math.Min(ours.MaxInstances, PlatformMaxInstances));
        var settings = new SimulationSettings(
            NumberArguments.Number(arguments, "capacityPerInstance", 0, 1_000_000, exclusiveMin: true) ?? SimulationSettings.DefaultCapacity,
            NumberArguments.Number(arguments, "startupDelaySeconds", 0, 3600) ?? 60,
            NumberArguments.Integer(arguments, "intervalSeconds", 1, 3600) ?? 60,
            min,
            max,
            NumberArguments.Integer(arguments, "initialInstances", min, max, " (minInstances to maxInstances)") ?? Math.Clamp(2, min, max));
        var gap = NumberArguments.Number(arguments, "maxGapSeconds", 0, 30 * 86_400, exclusiveMin: true);
        var contenders = ComparedPolicies.All(ours, min, max);
        var problems = contenders.SelectMany(c => c.Policy.Problems().Select(p => $"{c.Name}: {p}")).ToArray();
        if (problems.Length > 0)
        {
            throw arguments.Fail($"gives a policy that cannot run: {string.Join("; ", problems)}");
        }

        return new SimulateRequest(
            Trace(arguments),
            new TraceLimits(TraceLimits.DefaultMaxPoints, gap is { } seconds ? TimeSpan.FromSeconds(seconds) : null),
            settings,
            contenders,
            Plot(arguments),
            arguments.OptionalBoolean("ticks") ?? false);
    }

    private static TraceInput Trace(JsonFields arguments)
    {
        var format = arguments.OptionalString("format") switch
        {
            null => (TraceFormat?)null,
            "csv" => TraceFormat.Csv,
            "json" => TraceFormat.Json,
            var other => throw arguments.Fail($"field 'format' must be \"csv\" or \"json\", not \"{other}\""),
        };
        if (!arguments.Has("trace"))
        {
            throw arguments.Fail("is missing the field 'trace': a file path, CSV text, or an array of {\"t\":…,\"load\":…}");
        }

        if (arguments.Json.GetProperty("trace") is { ValueKind: JsonValueKind.Array } array)
        {
            return format == TraceFormat.Csv
                ? throw arguments.Fail("field 'format' is \"csv\" but 'trace' is a JSON array")
                : new TraceInput("inline", TraceFormat.Json, Array: array);
        }

        var trace = arguments.OptionalString("trace") is { Length: > 0 } text ? text
            : throw arguments.Fail("field 'trace' must be a file path, CSV or JSON text, or an array of points, not an empty string");
        if (trace.Contains('\n', StringComparison.Ordinal) || trace.TrimStart().StartsWith('['))
        {
            return new TraceInput("inline", format ?? (trace.TrimStart().StartsWith('[') ? TraceFormat.Json : TraceFormat.Csv), Text: trace);
        }

        var extension = Path.GetExtension(trace).ToLowerInvariant();
        var inferred = format ?? extension switch
        {
            ".csv" => TraceFormat.Csv,
            ".json" => TraceFormat.Json,
            _ => throw arguments.Fail($"field 'format' is needed: the trace file '{trace}' ends neither in .csv nor in .json"),
        };
        return new TraceInput(trace, inferred, Path: trace);
    }

    private static string? Plot(JsonFields arguments)
    {
        if (arguments.OptionalString("plot") is not { } plot)
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(plot));
        return plot.Length == 0 || plot.EndsWith('/') ? throw arguments.Fail("field 'plot' must be the path of the SVG file to write")
            : folder is null || !Directory.Exists(folder) ? throw arguments.Fail($"field 'plot': folder '{folder}' does not exist")
            : plot;
    }
}
