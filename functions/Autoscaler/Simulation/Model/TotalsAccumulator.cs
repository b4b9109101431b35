using Functions.Autoscaler.Policy;
using Functions.Autoscaler.Simulation.Report;

namespace Functions.Autoscaler.Simulation.Model;

/// <summary>Adds up a policy's segments and decisions into its <see cref="PolicyTotals"/>.</summary>
/// <param name="capacityPerInstance">Requests per second one ready instance serves.</param>
/// <param name="cpuTarget">The policy's CPU target, or null.</param>
internal sealed class TotalsAccumulator(double capacityPerInstance, double? cpuTarget)
{
    private double instanceSeconds;
    private double overTargetSeconds;
    private double breachSeconds;
    private double dropped;
    private double offered;
    private double seconds;
    private int ups;
    private int downs;
    private int maxInstances;

    /// <summary>Counts a stretch of time.</summary>
    /// <param name="segment">The stretch.</param>
    public void Add(Segment segment)
    {
        var length = segment.Length.TotalSeconds;
        var capacity = segment.Ready * capacityPerInstance;
        seconds += length;
        instanceSeconds += segment.Running * length;
        offered += segment.Load * length;
        maxInstances = Math.Max(maxInstances, segment.Running);
        if (segment.Load > capacity)
        {
            breachSeconds += length;
            dropped += (segment.Load - capacity) * length;
        }

        if (cpuTarget is { } target && ServiceMetrics.ServingCpuOf(segment.Load, segment.Ready, capacityPerInstance) > target)
        {
            overTargetSeconds += length;
        }
    }

    /// <summary>Counts a decision's change, if it made one.</summary>
    /// <param name="decision">The decision, applied.</param>
    public void Add(ScalingDecision decision)
    {
        ups += decision.Direction == ScaleDirection.Up ? 1 : 0;
        downs += decision.Direction == ScaleDirection.Down ? 1 : 0;
    }

    /// <summary>The totals so far, rounded to hundredths.</summary>
    /// <returns>The totals.</returns>
    public PolicyTotals Totals() => new(
        Round(instanceSeconds / 60),
        cpuTarget is null ? null : Round(overTargetSeconds / 60),
        Round(breachSeconds / 60),
        Math.Round(dropped),
        offered > 0 ? Round(dropped / offered * 100) : 0,
        ups + downs,
        ups,
        downs,
        maxInstances,
        seconds > 0 ? Round(instanceSeconds / seconds) : 0);

    private static double Round(double value) => Math.Round(value, 2);
}
