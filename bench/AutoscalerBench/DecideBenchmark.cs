using System.Diagnostics;
using System.Globalization;
using Functions.Autoscaler.Policy;
using Functions.HostBench;

namespace Functions.AutoscalerBench;

/// <summary>
/// ScalingEngine.Decide with realistic inputs: the default policy's three metrics and a stored history of 300
/// recommendations and 100 scale events (five hours of minute evaluations), against the same decisions with only
/// the history the windows can see (what the simulator keeps). Median ns per decision and bytes allocated per decision.
/// </summary>
internal static class DecideBenchmark
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public static void Run(int rounds, int ops)
    {
        var full = (Recommendations(300), Events(100));
        var visible = (full.Item1.Where(r => r.At > Now.AddSeconds(-300)).ToArray(), full.Item2.Where(e => e.At > Now.AddSeconds(-600)).ToArray());
        var scenarios = new (string Name, double Cpu, double Requests)[]
        {
            ("hold (every metric within tolerance)", 66, 390),
            ("scale up (rate policy, cooldown passed)", 95, 560),
            ("scale down (held by the 300 s window)", 30, 150),
        };

        Console.WriteLine();
        Console.WriteLine($"## ScalingEngine.Decide: default policy, 4 instances, {rounds} rounds of {ops} decisions each");
        Console.WriteLine("| decision | history (recommendations/events) | median ns/op | best round ns/op | allocated B/op | outcome |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, cpu, requests) in scenarios)
        {
            var medians = new List<double>();
            foreach (var (recommendations, events) in new[] { full, visible })
            {
                var inputs = new DecisionInputs(Now, 4, [MetricReading.Of("cpu", cpu), MetricReading.Of("memory", 50), MetricReading.Of("requests", requests)],
                    ScalingPolicy.Default, recommendations, events);
                var (median, best, bytes) = Measure(inputs, rounds, ops);
                medians.Add(median);
                var decision = ScalingEngine.Decide(inputs);
                Console.WriteLine($"| {name} | {recommendations.Length}/{events.Length} | {median:F0} | {best:F0} | {bytes:F0} | " +
                    $"{decision.Current}→{decision.Desired} {string.Join(",", decision.Conditions)} |");
            }

            Console.WriteLine($"|  | ratio full/visible history | {medians[0] / medians[1]:F1}x | | | |");
        }
    }

    private static (double Median, double Best, double Bytes) Measure(DecisionInputs inputs, int rounds, int ops)
    {
        var sink = 0;
        for (var i = 0; i < ops; i++)
        {
            sink += ScalingEngine.Decide(inputs).Desired;
        }

        var perOp = new List<double>();
        var bytes = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < ops; i++)
            {
                sink += ScalingEngine.Decide(inputs).Desired;
            }

            perOp.Add(clock.Elapsed.TotalNanoseconds / ops);
            bytes.Add((GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)ops);
        }

        GC.KeepAlive(sink.ToString(CultureInfo.InvariantCulture));
        return (Stats.Median(perOp), perOp.Min(), Stats.Median(bytes));
    }

    // One recommendation a minute, wandering between 3 and 6 instances.
    private static Recommendation[] Recommendations(int count) =>
        Enumerable.Range(1, count).Select(m => new Recommendation(Now.AddMinutes(-m), 3 + ((m * 7 / 5) % 4))).ToArray();

    // A change every three minutes, alternating up and down by one; the newest 6 minutes ago, so no cooldown is running.
    private static ScaleEvent[] Events(int count) =>
        Enumerable.Range(2, count).Select(k => k % 2 == 0
            ? new ScaleEvent(Now.AddMinutes(-3 * k), 4, 5, ScaleTrigger.Metrics)
            : new ScaleEvent(Now.AddMinutes(-3 * k), 5, 4, ScaleTrigger.Metrics)).ToArray();
}
