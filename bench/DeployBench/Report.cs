using System.Globalization;
using Functions.HostBench;
using Functions.TestSupport.CloudApi;

namespace Functions.DeployBench;

/// <summary>The figures as markdown: whole canaries, per-transition distributions, per-action medians, the goal.</summary>
internal static class Report
{
    private const double GoalMs = 50;

    public static void Print(IReadOnlyList<RunTimings> ours, IReadOnlyList<RunTimings> script, IReadOnlyList<long> committed, double rssMb, IReadOnlyList<string> lines, IReadOnlyList<RecordedCall> calls)
    {
        var ourSteps = ours.SelectMany(r => r.Steps).ToArray();
        var scriptSteps = script.SelectMany(r => r.Steps).ToArray();
        var ourPer = ourSteps.Select(s => s.Ms).ToArray();
        var scriptPer = scriptSteps.Select(s => s.Ms).ToArray();
        Console.WriteLine($"## Full canary, push to Succeeded, zero waits: {ours.Count} runs per side, alternated");
        Console.WriteLine();
        Console.WriteLine("| side | transitions per run | canary median ms (p90, max) | per transition p50 | p90 | p99 | max ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        Row("DeployOrchestrator (NativeAOT, bootstrap serve, PostgreSQL)", ours, ourPer);
        Row("script floor (same platform calls, no persistence)", script, scriptPer);
        Console.WriteLine();
        var ourMedian = Stats.Median(ourPer);
        var scriptMedian = Stats.Median(scriptPer);
        Console.WriteLine($"Ours/script: whole canary {Ratio(Stats.Median(ours.Select(r => r.TotalMs).ToArray()), Stats.Median(script.Select(r => r.TotalMs).ToArray()))}, " +
            $"per transition (median) {Ratio(ourMedian, scriptMedian)}.");
        var overheadPerRun = ours.Zip(script, (o, s) => (o.Steps.Sum(x => x.Ms) - s.Steps.Sum(x => x.Ms)) / o.Steps.Count).ToArray();
        Console.WriteLine($"Orchestration overhead per transition (ours minus the script's platform I/O, per run): median {Stats.Ms(Stats.Median(overheadPerRun))} ms, " +
            $"p90 {Stats.Ms(Stats.Percentile(overheadPerRun, 0.90))} ms, max {Stats.Ms(overheadPerRun.Max())} ms; " +
            $"the push webhook invocation (run created, chained) median {Stats.Ms(Stats.Median(ours.Select(r => r.StartMs).ToArray()))} ms.");
        Console.WriteLine();
        Console.WriteLine("| action | ours median ms (p99) | script median ms (p99) | overhead median ms |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var action in ourSteps.Select(s => s.Action).Distinct())
        {
            var o = ourSteps.Where(s => s.Action == action).Select(s => s.Ms).ToArray();
            var s = scriptSteps.Where(s => s.Action == action).Select(s => s.Ms).ToArray();
            var scriptText = s.Length == 0 ? "n/a" : $"{Stats.Ms(Stats.Median(s))} ({Stats.Ms(Stats.Percentile(s, 0.99))})";
            var overhead = s.Length == 0 ? "n/a" : Stats.Ms(Stats.Median(o) - Stats.Median(s));
            Console.WriteLine($"| {action} | {Stats.Ms(Stats.Median(o))} ({Stats.Ms(Stats.Percentile(o, 0.99))}) | {scriptText} | {overhead} |");
        }

        Console.WriteLine();
        var actions = calls.GroupBy(c => c.Action).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}");
        Console.WriteLine($"- committed transitions per run (status: version − 1): {string.Join(", ", committed.Distinct())}; step invocations per run: {string.Join(", ", ours.Select(r => r.Steps.Count).Distinct())}");
        Console.WriteLine($"- API calls the emulator answered, both sides and warm-up runs included: {string.Join(", ", actions)}");
        Console.WriteLine($"- peak RSS of the bootstrap (VmHWM): {rssMb.ToString("F1", CultureInfo.InvariantCulture)} MB");
        var errors = lines.Where(l => l.Contains("\"level\":\"Error\"", StringComparison.Ordinal) || l.Contains("\"level\":\"Critical\"", StringComparison.Ordinal)).ToArray();
        var warnings = lines.Where(l => l.Contains("\"level\":\"Warning\"", StringComparison.Ordinal)).ToArray();
        Console.WriteLine($"- bootstrap log lines: {lines.Count:N0}, warnings {warnings.Length}, errors {errors.Length}");
        foreach (var line in errors.Concat(warnings).Take(5))
        {
            Console.WriteLine($"  - {line[..Math.Min(line.Length, 400)]}");
        }

        var problems = ours.Select((r, i) => (Side: "ours", Run: i, r.Problems)).Concat(script.Select((r, i) => (Side: "script", Run: i, r.Problems))).Where(p => p.Problems.Count > 0).ToArray();
        Console.WriteLine($"- runs with problems: {problems.Length}");
        foreach (var (side, run, list) in problems.Take(10))
        {
            Console.WriteLine($"  - {side} run {run}: {string.Join(" | ", list)}");
        }

        Console.WriteLine();
        var p99 = Stats.Percentile(ourPer, 0.99);
        var overheadMedian = Stats.Median(overheadPerRun);
        Console.WriteLine("| goal | figure | met |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| ≤ {GoalMs} ms orchestration overhead per transition (ours − floor, median per run) | {Stats.Ms(overheadMedian)} ms | {(overheadMedian <= GoalMs ? "yes" : "**no**")} |");
        Console.WriteLine($"| ≤ {GoalMs} ms per transition including the emulated platform calls (p99) | {Stats.Ms(p99)} ms | {(p99 <= GoalMs ? "yes" : "**no**")} |");
    }

    private static void Row(string name, IReadOnlyList<RunTimings> runs, double[] per)
    {
        var totals = runs.Select(r => r.TotalMs).ToArray();
        Console.WriteLine($"| {name} | {string.Join("/", runs.Select(r => r.Steps.Count).Distinct())} | {Stats.Ms(Stats.Median(totals))} ({Stats.Ms(Stats.Percentile(totals, 0.90))}, {Stats.Ms(totals.Max())}) | " +
            $"{Stats.Ms(Stats.Median(per))} | {Stats.Ms(Stats.Percentile(per, 0.90))} | {Stats.Ms(Stats.Percentile(per, 0.99))} | {Stats.Ms(per.Max())} |");
    }

    private static string Ratio(double numerator, double denominator) => (numerator / denominator).ToString("F2", CultureInfo.InvariantCulture) + "×";
}
