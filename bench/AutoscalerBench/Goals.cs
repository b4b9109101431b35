using System.Globalization;
using Functions.Autoscaler.Simulation.Report;

namespace Functions.AutoscalerBench;

/// <summary>
/// The issue's goals for our policy on the week: fewer SLO-breach minutes than both baselines, at no more
/// instance-minutes than the threshold scaler, and at most a third of the scale events of HPA without stabilisation.
/// </summary>
internal static class Goals
{
    public static bool Print(IReadOnlyList<PolicyReport> policies, string name)
    {
        var ours = policies.Single(p => p.Name == name).Totals;
        var threshold = policies.Single(p => p.Name == "threshold").Totals;
        var hpa = policies.Single(p => p.Name == "hpa").Totals;
        var goals = new (string Goal, bool Met, string Figures)[]
        {
            ("fewer SLO-breach minutes than the threshold scaler", ours.SloBreachMinutes < threshold.SloBreachMinutes,
                $"{N(ours.SloBreachMinutes)} vs {N(threshold.SloBreachMinutes)}"),
            ("fewer SLO-breach minutes than HPA without stabilisation", ours.SloBreachMinutes < hpa.SloBreachMinutes,
                $"{N(ours.SloBreachMinutes)} vs {N(hpa.SloBreachMinutes)}"),
            ("no more instance-minutes than the threshold scaler", ours.InstanceMinutes <= threshold.InstanceMinutes,
                $"{N(ours.InstanceMinutes)} vs {N(threshold.InstanceMinutes)} ({N(ours.InstanceMinutes / threshold.InstanceMinutes * 100)} %)"),
            ("at most a third of HPA-without-stabilisation's scale events", ours.ScaleEvents * 3 <= hpa.ScaleEvents,
                $"{ours.ScaleEvents} vs {hpa.ScaleEvents} / 3 = {N(hpa.ScaleEvents / 3.0)}"),
        };

        Console.WriteLine();
        Console.WriteLine($"## Goals ({name} on the week)");
        Console.WriteLine("| goal | figures (ours vs baseline) | met |");
        Console.WriteLine("|---|---|---|");
        foreach (var (goal, met, figures) in goals)
        {
            Console.WriteLine($"| {goal} | {figures} | {(met ? "yes" : "**no**")} |");
        }

        return goals.All(g => g.Met);
    }

    private static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
