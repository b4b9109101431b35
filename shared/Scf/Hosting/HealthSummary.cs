namespace Functions.Scf.Hosting;

/// <summary>The result of the <c>health</c> command.</summary>
/// <param name="Function">The function's name.</param>
/// <param name="Version">Its version.</param>
/// <param name="Status">Healthy, Degraded or Unhealthy.</param>
/// <param name="DurationMs">How long the checks took.</param>
/// <param name="Checks">Each check.</param>
public sealed record HealthSummary(string Function, string Version, string Status, double DurationMs, IReadOnlyList<HealthCheckSummary> Checks);
