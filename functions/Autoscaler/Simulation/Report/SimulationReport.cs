using Functions.Autoscaler.Simulation.Model;
using Functions.Autoscaler.Simulation.Traces;

namespace Functions.Autoscaler.Simulation.Report;

/// <summary>The result of <c>simulate</c>: the trace, the settings, each policy's totals side by side, and where the plot went.</summary>
/// <param name="Trace">What was replayed.</param>
/// <param name="Settings">The service and the clock.</param>
/// <param name="Policies">Each policy, in the order compared.</param>
/// <param name="Table">The totals as a text table, one line an element.</param>
/// <param name="Definitions">How each total is defined.</param>
/// <param name="Plot">The SVG written, or null.</param>
/// <param name="ElapsedMs">Wall time of the simulation (every policy), in milliseconds.</param>
internal sealed record SimulationReport(
    TraceSummary Trace,
    SimulationSettings Settings,
    IReadOnlyList<PolicyReport> Policies,
    IReadOnlyList<string> Table,
    IReadOnlyList<string> Definitions,
    string? Plot,
    double ElapsedMs)
{
    /// <summary>How the totals are defined, as the report states them.</summary>
    public static IReadOnlyList<string> TotalDefinitions { get; } =
    [
        "instanceMinutes: running instances (starting ones included: they are billed) × minutes",
        "minutesOverTarget: minutes in which the ready instances' CPU, min(100, load / (ready × capacity) × 100), was above the policy's CPU target",
        "sloBreachMinutes: minutes in which the load was above the ready capacity (ready instances × capacityPerInstance): users feel it",
        "droppedRequests: ∫ max(0, load − ready capacity) dt, the requests above capacity if none were queued",
        "scaleEvents: changes of the instance count",
    ];

    /// <summary>Builds the report.</summary>
    /// <param name="trace">The trace.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="runs">Each policy's run.</param>
    /// <param name="plot">The SVG's path, or null.</param>
    /// <param name="elapsedMs">Wall time of the runs.</param>
    /// <returns>The report.</returns>
    public static SimulationReport From(LoadTrace trace, SimulationSettings settings, IReadOnlyList<PolicyRun> runs, string? plot, double elapsedMs)
    {
        var evaluations = (int)Math.Ceiling((trace.End - trace.Start) / settings.Interval);
        var summary = new TraceSummary(trace.Source, trace.Points.Count, trace.Start, trace.End, trace.Step.TotalSeconds,
            trace.PeakLoad, Math.Round(trace.MeanLoad, 2), evaluations);
        var policies = runs.Select(r => new PolicyReport(r.Contender.Name, r.Contender.Summary, r.Contender.Settings, r.Contender.CpuTarget, r.Totals, r.Ticks))
            .ToArray();
        return new SimulationReport(summary, settings, policies, ReportTable.Lines(policies), TotalDefinitions, plot, Math.Round(elapsedMs, 1));
    }
}
