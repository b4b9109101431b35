namespace Functions.TencentCloud.Monitor;

/// <summary>A value at a time.</summary>
/// <param name="Time">The period's start.</param>
/// <param name="Value">The value.</param>
public readonly record struct MetricSample(DateTimeOffset Time, double Value);
