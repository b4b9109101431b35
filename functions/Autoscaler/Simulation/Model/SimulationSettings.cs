using System.Text.Json.Serialization;

namespace Functions.Autoscaler.Simulation.Model;

/// <summary>
/// The simulated service and the autoscaler's clock. Every policy runs against the same settings, and the same
/// bounds replace each policy's own.
/// </summary>
/// <param name="CapacityPerInstance">Requests per second one instance serves at 100 % CPU.</param>
/// <param name="StartupDelaySeconds">From the decision to scale up until a new instance serves; a scale-down is immediate.</param>
/// <param name="IntervalSeconds">Time between two evaluations (the timer's period).</param>
/// <param name="MinInstances">The lowest count, for every policy.</param>
/// <param name="MaxInstances">The highest count, for every policy.</param>
/// <param name="InitialInstances">Instances running (and ready) when the trace starts.</param>
internal sealed record SimulationSettings(
    double CapacityPerInstance = SimulationSettings.DefaultCapacity,
    double StartupDelaySeconds = 60,
    int IntervalSeconds = 60,
    int MinInstances = 1,
    int MaxInstances = 10,
    int InitialInstances = 2)
{
    /// <summary>140 requests/s per instance at 100 % CPU.</summary>
    public const double DefaultCapacity = 140;

    /// <summary>Memory an instance uses with no load (runtime, caches), as a percentage of its limit; also a starting instance's.</summary>
    public double MemoryBasePercent { get; init; } = 30;

    /// <summary>Memory added at 100 % CPU, in proportion to the load (request buffers, per-request objects).</summary>
    public double MemoryLoadPercent { get; init; } = 40;

    /// <summary>The start-up delay.</summary>
    [JsonIgnore]
    public TimeSpan StartupDelay => TimeSpan.FromSeconds(StartupDelaySeconds);

    /// <summary>The evaluation interval.</summary>
    [JsonIgnore]
    public TimeSpan Interval => TimeSpan.FromSeconds(IntervalSeconds);
}
