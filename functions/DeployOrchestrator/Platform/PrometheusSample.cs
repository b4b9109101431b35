namespace Functions.DeployOrchestrator.Platform;

/// <summary>One sample of an instant query: a vector element's labels and value, or a scalar (no labels).</summary>
/// <param name="Labels">The series' labels.</param>
/// <param name="Value">The value (NaN and ±Inf as Prometheus gives them).</param>
internal sealed record PrometheusSample(IReadOnlyDictionary<string, string> Labels, double Value);
