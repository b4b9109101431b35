using Functions.Autoscaler.Simulation.Model;

namespace Functions.Autoscaler.Simulation.Report;

/// <summary>One policy's part of the report.</summary>
/// <param name="Name">Its short name.</param>
/// <param name="Summary">What it stands for.</param>
/// <param name="Policy">Its settings in one line.</param>
/// <param name="CpuTarget">Its CPU target (what "over target" is measured against), or null.</param>
/// <param name="Totals">Its totals.</param>
/// <param name="Ticks">Every evaluation, when asked for (<c>"ticks": true</c>).</param>
internal sealed record PolicyReport(string Name, string Summary, string Policy, double? CpuTarget, PolicyTotals Totals, IReadOnlyList<TickRecord>? Ticks);
