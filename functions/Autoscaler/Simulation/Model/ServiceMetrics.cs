using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Simulation.Model;

/// <summary>
/// The metrics the simulated service reports at one instant, as a real one would: ready instances share the load
/// evenly up to their capacity, starting instances report 0 % CPU and only their base memory (the HPA's assumption
/// for pods that are not ready), and the averages are over every running instance.
/// </summary>
/// <param name="ServingCpu">CPU of the ready instances: min(100, load / (ready × capacity) × 100).</param>
/// <param name="Cpu">CPU averaged over every running instance, as reported.</param>
/// <param name="Memory">Memory averaged over every running instance: base + load part × serving CPU / 100 on ready ones, base on starting ones.</param>
/// <param name="Requests">Requests per second offered to the service (the whole load, served or not).</param>
internal readonly record struct ServiceMetrics(double ServingCpu, double Cpu, double Memory, double Requests)
{
    /// <summary>Derives the metrics.</summary>
    /// <param name="load">Requests per second offered.</param>
    /// <param name="ready">Instances serving.</param>
    /// <param name="running">Instances running.</param>
    /// <param name="settings">Capacity and memory model.</param>
    /// <returns>The metrics.</returns>
    public static ServiceMetrics Of(double load, int ready, int running, SimulationSettings settings)
    {
        var serving = ServingCpuOf(load, ready, settings.CapacityPerInstance);
        if (running == 0)
        {
            return new(serving, 0, 0, load);
        }

        var memoryReady = settings.MemoryBasePercent + (settings.MemoryLoadPercent * serving / 100);
        var memory = ((ready * memoryReady) + ((running - ready) * settings.MemoryBasePercent)) / running;
        return new(serving, serving * ready / running, memory, load);
    }

    /// <summary>CPU of the ready instances; 100 % when load arrives and none is ready.</summary>
    /// <param name="load">Requests per second offered.</param>
    /// <param name="ready">Instances serving.</param>
    /// <param name="capacity">Requests per second per instance at 100 % CPU.</param>
    /// <returns>The utilisation in percent.</returns>
    public static double ServingCpuOf(double load, int ready, double capacity) =>
        ready == 0 ? (load > 0 ? 100 : 0) : Math.Min(100, load / (ready * capacity) * 100);

    /// <summary>The readings the policy is given: <c>cpu</c>, <c>memory</c> and <c>requests</c>.</summary>
    /// <returns>The readings (a policy reads those it has targets for).</returns>
    public MetricReading[] Readings() =>
        [MetricReading.Of("cpu", Cpu), MetricReading.Of("memory", Memory), MetricReading.Of("requests", Requests)];
}
