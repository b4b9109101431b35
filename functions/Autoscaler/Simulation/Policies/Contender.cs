using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Simulation.Policies;

/// <summary>One policy run through the simulator.</summary>
/// <param name="Name">Short name for tables and the plot (<c>ours</c>, <c>threshold</c>, <c>hpa</c>).</param>
/// <param name="Summary">What it stands for.</param>
/// <param name="Policy">The policy, decided by the same <see cref="ScalingEngine"/> as ours.</param>
internal sealed record Contender(string Name, string Summary, ScalingPolicy Policy)
{
    /// <summary>The policy's CPU utilisation target, or null when it does not track CPU.</summary>
    public double? CpuTarget => Policy.Targets.FirstOrDefault(t => t.Name == "cpu" && t.Kind == MetricKind.Utilization)?.Target;

    /// <summary>The policy's settings in one line.</summary>
    public string Settings => PolicyText.Describe(Policy);
}
