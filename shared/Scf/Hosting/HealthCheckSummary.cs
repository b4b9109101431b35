namespace Functions.Scf.Hosting;

/// <summary>One dependency check.</summary>
/// <param name="Name">The dependency.</param>
/// <param name="Status">Healthy, Degraded or Unhealthy.</param>
/// <param name="DurationMs">How long it took.</param>
/// <param name="Description">What was found.</param>
public sealed record HealthCheckSummary(string Name, string Status, double DurationMs, string? Description);
