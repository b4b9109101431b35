using Functions.Autoscaler.Simulation.Model;
using Functions.Autoscaler.Simulation.Policies;
using Functions.Autoscaler.Simulation.Traces;

namespace Functions.Autoscaler.Simulation;

/// <summary>A checked <c>simulate</c> command.</summary>
/// <param name="Trace">Where the trace comes from.</param>
/// <param name="Limits">Its size and gap limits.</param>
/// <param name="Settings">The service and the clock.</param>
/// <param name="Contenders">The policies compared, with the settings' bounds.</param>
/// <param name="Plot">Where to write the SVG, or null for none.</param>
/// <param name="Ticks">Whether the result lists every evaluation.</param>
internal sealed record SimulateRequest(
    TraceInput Trace, TraceLimits Limits, SimulationSettings Settings, IReadOnlyList<Contender> Contenders, string? Plot, bool Ticks);
