using Functions.Autoscaler.Simulation.Policies;
using Functions.Autoscaler.Simulation.Report;

namespace Functions.Autoscaler.Simulation.Model;

/// <summary>One policy's simulation.</summary>
/// <param name="Contender">The policy.</param>
/// <param name="Totals">Its totals.</param>
/// <param name="Ticks">Every evaluation, when they were asked for.</param>
/// <param name="Segments">The whole timeline, for the plot.</param>
internal sealed record PolicyRun(Contender Contender, PolicyTotals Totals, IReadOnlyList<TickRecord>? Ticks, IReadOnlyList<Segment> Segments);
