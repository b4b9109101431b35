namespace Functions.Autoscaler.Simulation.Report;

/// <summary>A policy's totals over the whole trace (time is counted to the second and reported in minutes).</summary>
/// <param name="InstanceMinutes">Running instances × minutes, starting ones included: what is billed.</param>
/// <param name="MinutesOverTarget">Minutes in which the ready instances' CPU was above the policy's CPU target (null without one).</param>
/// <param name="SloBreachMinutes">Minutes in which the load was above the ready capacity (ready instances × capacity per instance).</param>
/// <param name="DroppedRequests">Requests above the ready capacity: ∫ max(0, load − ready capacity) dt, as if none were queued.</param>
/// <param name="DroppedPercent">Dropped requests as a percentage of all requests offered.</param>
/// <param name="ScaleEvents">Changes of the instance count.</param>
/// <param name="ScaleUps">Changes upwards.</param>
/// <param name="ScaleDowns">Changes downwards.</param>
/// <param name="MaxInstances">The most instances running at once.</param>
/// <param name="MeanInstances">Running instances averaged over time.</param>
internal sealed record PolicyTotals(
    double InstanceMinutes,
    double? MinutesOverTarget,
    double SloBreachMinutes,
    double DroppedRequests,
    double DroppedPercent,
    int ScaleEvents,
    int ScaleUps,
    int ScaleDowns,
    int MaxInstances,
    double MeanInstances);
