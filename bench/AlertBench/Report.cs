using System.Globalization;
using Functions.HostBench;

namespace Functions.AlertBench;

/// <summary>The figures as markdown: the storm table, the ratio, the counts against what exactly-once expects, the goals.</summary>
internal static class Report
{
    public static void Print(Storm storm, int connections, SideResult ours, SideResult baseline)
    {
        Console.WriteLine($"## Alarm storm: {storm.Requests:N0} callbacks, {storm.Distinct:N0} distinct alarms × {storm.Repeats} ({Percent(storm.Requests - storm.Distinct, storm.Requests)} duplicates), {storm.Critical} critical, {connections} connections");
        Console.WriteLine();
        Console.WriteLine("| server | throughput req/s | p50 ms | p90 ms | p99 ms | max ms | failed | peak RSS MB |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var side in new[] { ours, baseline })
        {
            var l = side.Load.LatenciesMs;
            Console.WriteLine($"| {side.Name} | {side.Load.Throughput.ToString("N0", CultureInfo.InvariantCulture)} | {Stats.Ms(Stats.Median(l))} | {Stats.Ms(Stats.Percentile(l, 0.90))} | " +
                $"{Stats.Ms(Stats.Percentile(l, 0.99))} | {Stats.Ms(l.Max())} | {side.Load.Failures} | {side.PeakRssMb.ToString("F1", CultureInfo.InvariantCulture)} |");
        }

        Console.WriteLine();
        Console.WriteLine($"Alertmanager/ours: throughput {Ratio(ours.Load.Throughput, baseline.Load.Throughput)} (ours/Alertmanager), " +
            $"p50 {Ratio(Stats.Median(baseline.Load.LatenciesMs), Stats.Median(ours.Load.LatenciesMs))}, " +
            $"p99 {Ratio(Stats.Percentile(baseline.Load.LatenciesMs, 0.99), Stats.Percentile(ours.Load.LatenciesMs, 0.99))} (Alertmanager/ours: above 1× means ours is faster).");
        Console.WriteLine();
        Console.WriteLine("| count | expected (exactly once) | AlertHandler | Alertmanager |");
        Console.WriteLine("|---|---|---|---|");
        Console.WriteLine($"| actions performed (Autoscaler invocations) | {storm.Critical} | {ours.Actions} | n/a (no actions) |");
        Console.WriteLine($"| webhook messages (one per group) | {storm.Distinct} | {ours.Notifications} | {baseline.Notifications} |");
        Console.WriteLine($"| alarm mentions in those messages | {storm.Distinct} | {ours.AlertsNotified} | {baseline.AlertsNotified} |");
        Console.WriteLine();
        foreach (var side in new[] { ours, baseline })
        {
            Console.WriteLine($"{side.Name}:");
            foreach (var note in side.Notes)
            {
                Console.WriteLine($"- {note}");
            }

            Console.WriteLine();
        }

        var p99 = Stats.Percentile(ours.Load.LatenciesMs, 0.99);
        var exact = ours.Actions == storm.Critical && ours.Notifications == storm.Distinct && ours.AlertsNotified == storm.Distinct && ours.Load.Failures == 0;
        Console.WriteLine("| goal | figure | met |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| exactly-once actions and notifications | {ours.Actions}/{storm.Critical} actions, {ours.Notifications}/{storm.Distinct} messages, {ours.Load.Failures} failed callbacks | {(exact ? "yes" : "**no**")} |");
        Console.WriteLine($"| p99 ≤ 10 ms (callbacks do no notifier I/O: that is the flush's) | {Stats.Ms(p99)} ms | {(p99 <= 10 ? "yes" : "**no**")} |");
    }

    private static string Percent(int part, int whole) => (100.0 * part / whole).ToString("F0", CultureInfo.InvariantCulture) + " %";

    private static string Ratio(double numerator, double denominator) => (numerator / denominator).ToString("F2", CultureInfo.InvariantCulture) + "×";
}
