namespace Functions.Autoscaler.Simulation.Model;

/// <summary>A stretch of simulated time in which nothing changes: the load, the ready and the running instances.</summary>
/// <param name="At">When it starts.</param>
/// <param name="Length">How long it lasts.</param>
/// <param name="Load">Requests per second offered.</param>
/// <param name="Ready">Instances serving.</param>
/// <param name="Running">Instances running (and billed).</param>
internal readonly record struct Segment(DateTimeOffset At, TimeSpan Length, double Load, int Ready, int Running);
