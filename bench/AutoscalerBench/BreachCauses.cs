using Functions.Autoscaler.Policy;
using Functions.Autoscaler.Simulation.Model;

namespace Functions.AutoscalerBench;

/// <summary>
/// Why each policy breached: every evaluation at which the load was above the ready capacity, grouped by what the
/// decision did and the step that shaped it — so a miss can be traced to a rule (a cooldown, a rate limit, the maximum)
/// rather than guessed at.
/// </summary>
internal static class BreachCauses
{
    public static void Print(IReadOnlyList<PolicyRun> runs, SimulationSettings settings)
    {
        Console.WriteLine();
        Console.WriteLine("## Evaluations that found the load above the ready capacity, by what the decision did");
        Console.WriteLine("| policy | breaching evaluations | of which at the maximum | causes (decision: count) |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var run in runs)
        {
            var breaching = run.Ticks!.Where(t => t.Load > t.ReadyCapacity).ToArray();
            var atMax = breaching.Count(t => t.Running >= settings.MaxInstances);
            var causes = breaching.GroupBy(Cause).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()}");
            Console.WriteLine($"| {run.Contender.Name} | {breaching.Length} | {atMax} | {string.Join("; ", causes)} |");
        }

        Console.WriteLine();
        Console.WriteLine("## Scale events that reverse the previous change within 15 minutes (flapping)");
        Console.WriteLine("| policy | scale events | reversals ≤ 15 min | of which up then down | down then up |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var run in runs)
        {
            var changes = run.Ticks!.Where(t => t.Desired != t.Running).ToArray();
            var reversals = changes.Zip(changes.Skip(1))
                .Where(p => Math.Sign(p.First.Desired - p.First.Running) != Math.Sign(p.Second.Desired - p.Second.Running)
                    && p.Second.At - p.First.At <= TimeSpan.FromMinutes(15))
                .ToArray();
            var upDown = reversals.Count(p => p.First.Desired > p.First.Running);
            Console.WriteLine($"| {run.Contender.Name} | {changes.Length} | {reversals.Length} | {upDown} | {reversals.Length - upDown} |");
        }
    }

    private static string Cause(TickRecord tick)
    {
        var limiting = tick.Conditions.Where(c => c is not DecisionConditions.DesiredWithinRange).ToArray();
        var what = tick.Desired > tick.Running ? "up" : tick.Desired < tick.Running ? "down" : tick.Running > tick.Ready ? "hold, instances starting" : "hold";
        return limiting.Length == 0 ? what : $"{what} ({string.Join(", ", limiting)})";
    }
}
