using System.Text.Json.Serialization;

namespace Functions.DeployOrchestrator.Domain;

/// <summary>One step of a run's strategy. Blue-green compiles to these too.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(SetWeightStep), "setWeight")]
[JsonDerivedType(typeof(PauseStep), "pause")]
[JsonDerivedType(typeof(HealthCheckStep), "healthCheck")]
[JsonDerivedType(typeof(AnalysisStep), "analysis")]
[JsonDerivedType(typeof(KeepWarmStep), "keepWarm")]
internal abstract record RunStep;

/// <summary>Send <paramref name="Percent"/> % of traffic to the new version.</summary>
/// <param name="Percent">0–100.</param>
internal sealed record SetWeightStep(int Percent) : RunStep;

/// <summary>Wait <paramref name="Duration"/>, or, when null, until an operator promotes (blue-green's gate may auto-promote after <paramref name="Duration"/>).</summary>
/// <param name="Duration">How long, or null to wait for <c>promote</c>.</param>
internal sealed record PauseStep(TimeSpan? Duration) : RunStep;

/// <summary>Probe the new version over HTTP until it passes or fails.</summary>
/// <param name="Check">The probe.</param>
internal sealed record HealthCheckStep(HealthCheck Check) : RunStep;

/// <summary>Measure metrics against thresholds until the analysis succeeds, fails or is inconclusive.</summary>
/// <param name="Analysis">The analysis.</param>
internal sealed record AnalysisStep(AnalysisTemplate Analysis) : RunStep;

/// <summary>After the switch, keep the old version able to take traffic back at once for <paramref name="Duration"/> (blue-green's scale-down delay).</summary>
/// <param name="Duration">How long.</param>
internal sealed record KeepWarmStep(TimeSpan Duration) : RunStep;
