namespace Functions.Autoscaler.Simulation.Traces;

/// <summary>One point of a load trace: from <paramref name="At"/> until the next point, the service is offered <paramref name="Load"/>.</summary>
/// <param name="At">When the load starts.</param>
/// <param name="Load">Requests per second offered to the service.</param>
internal readonly record struct LoadPoint(DateTimeOffset At, double Load);
