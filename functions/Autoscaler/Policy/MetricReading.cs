namespace Functions.Autoscaler.Policy;

/// <summary>What a metrics source measured for one tracked metric: a value, or why there is none.</summary>
/// <param name="Name">The metric (matches a <see cref="MetricTarget.Name"/>).</param>
/// <param name="Value">The value in the target's unit, or null when it could not be read.</param>
/// <param name="Problem">Why there is no value (no samples in the window, the source failed, …).</param>
internal sealed record MetricReading(string Name, double? Value, string? Problem = null)
{
    /// <summary>A reading with a value.</summary>
    public static MetricReading Of(string name, double value) => new(name, value);

    /// <summary>A reading without a value.</summary>
    public static MetricReading Missing(string name, string problem) => new(name, null, problem);
}
