using Functions.Autoscaler.Simulation.Model;
using Functions.Autoscaler.Simulation.Policies;
using Functions.Autoscaler.Simulation.Traces;

namespace Functions.Autoscaler.Simulation;

/// <summary>Runs every policy through the same trace, settings and virtual clock, each with its own history.</summary>
internal static class PolicyComparison
{
    /// <summary>Runs them one after the other (each run is deterministic, so the order changes nothing).</summary>
    /// <param name="trace">The load.</param>
    /// <param name="settings">The service and the clock.</param>
    /// <param name="contenders">The policies.</param>
    /// <param name="keepTicks">Whether to keep every evaluation.</param>
    /// <param name="cancellationToken">Stops a long run.</param>
    /// <returns>One run per policy, in order.</returns>
    public static IReadOnlyList<PolicyRun> Run(
        LoadTrace trace, SimulationSettings settings, IReadOnlyList<Contender> contenders, bool keepTicks, CancellationToken cancellationToken) =>
        contenders.Select(c => Simulator.Run(trace, settings, c, keepTicks, cancellationToken)).ToArray();
}
