using System.Diagnostics;
using System.Text.Json;
using Functions.Autoscaler.Policy;
using Functions.Autoscaler.Simulation;
using Functions.Autoscaler.Simulation.Model;
using Functions.Autoscaler.Simulation.Policies;
using Functions.Autoscaler.Simulation.Plot;
using Functions.Autoscaler.Simulation.Report;
using Functions.Autoscaler.Simulation.Traces;
using Functions.HostBench;
using Functions.Scf.Events;

namespace Functions.AutoscalerBench;

/// <summary>
/// <c>simulate</c> on the week-long one-minute trace with the default settings: our policy against the CloudBase Run
/// threshold scaler and plain HPA without stabilisation, their totals side by side, the goals, and the wall
/// time of each stage (parse, the three simulations, the SVG, and the whole command).
/// </summary>
internal static class SimulationBenchmark
{
    public static async Task<bool> RunAsync(string root, int rounds)
    {
        var path = Path.Combine(root, "samples", "traces", "week.csv");
        var text = await File.ReadAllTextAsync(path);
        var settings = new SimulationSettings();
        var contenders = ComparedPolicies.All(ScalingPolicy.Default, settings.MinInstances, settings.MaxInstances)
            .Append(ComparedPolicies.Ours(SteadyProfile.Policy, settings.MinInstances, settings.MaxInstances) with { Name = "ours-steady", Summary = SteadyProfile.Summary })
            .ToArray();
        var trace = TraceParser.Parse(text, TraceFormat.Csv, "samples/traces/week.csv", TraceLimits.Default);
        var parse = Time(rounds, () => TraceParser.Parse(text, TraceFormat.Csv, "week.csv", TraceLimits.Default));
        var simulate = Time(rounds, () => PolicyComparison.Run(trace, settings, contenders, false, CancellationToken.None));
        var runs = PolicyComparison.Run(trace, settings, contenders, true, CancellationToken.None);
        var svg = Time(rounds, () => SvgPlot.Render(trace, settings, runs));
        var plot = Path.Combine(root, "artifacts", "bench-data", "autoscaler-week.svg");
        Directory.CreateDirectory(Path.GetDirectoryName(plot)!);
        using var json = JsonDocument.Parse($$"""{"command":"simulate","trace":{{JsonSerializer.Serialize(path, BenchJson.Default.String)}},"plot":{{JsonSerializer.Serialize(plot, BenchJson.Default.String)}}}""");
        var command = new CommandEvent(json.RootElement, "simulate");
        var whole = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            await SimulateCommand.ReportAsync(command, ScalingPolicy.Default, TimeProvider.System, CancellationToken.None);
            whole.Add(clock.Elapsed.TotalMilliseconds);
        }

        var report = SimulationReport.From(trace, settings, runs, plot, 0);

        Console.WriteLine();
        Console.WriteLine($"## simulate: {trace.Points.Count} one-minute points ({(trace.End - trace.Start).TotalDays:0.#} days), peak {trace.PeakLoad:0} req/s, " +
            $"mean {trace.MeanLoad:0} req/s; capacity {settings.CapacityPerInstance} req/s per instance, start-up {settings.StartupDelaySeconds} s, " +
            $"every {settings.IntervalSeconds} s, {settings.MinInstances}..{settings.MaxInstances} instances, {settings.InitialInstances} at start");
        Console.WriteLine("```");
        foreach (var line in report.Table)
        {
            Console.WriteLine(line);
        }

        Console.WriteLine("```");
        Console.WriteLine($"Wall time, median of {rounds}: parse {Stats.Ms(parse)} ms, {contenders.Length} simulations {Stats.Ms(simulate)} ms " +
            $"({Stats.Ms(simulate * 1000 / (contenders.Length * report.Trace.Evaluations))} µs per evaluation), SVG {Stats.Ms(svg)} ms, " +
            $"whole command {Stats.Ms(Stats.Median(whole))} ms; plot: {plot}");
        BreachCauses.Print(runs, settings);
        var defaults = Goals.Print(report.Policies, "ours");
        return Goals.Print(report.Policies, "ours-steady") || defaults;
    }

    private static double Time<T>(int rounds, Func<T> work)
    {
        GC.KeepAlive(work());
        var times = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            GC.KeepAlive(work());
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return Stats.Median(times);
    }
}
