namespace Functions.Autoscaler.Policy;

/// <summary>One metric's part in a decision.</summary>
/// <param name="Name">The metric.</param>
/// <param name="Kind">How its value relates to its target.</param>
/// <param name="Target">The target.</param>
/// <param name="Value">The value read, or null when missing.</param>
/// <param name="Ratio">How far the value is from the target (1 = on target), or null when missing.</param>
/// <param name="Instances">The count it recommends, or null when missing.</param>
/// <param name="Status">Whether it scales, sits within tolerance or is missing.</param>
/// <param name="Problem">Why it is missing.</param>
internal sealed record MetricRecommendation(
    string Name, MetricKind Kind, double Target, double? Value, double? Ratio, int? Instances, MetricStatus Status, string? Problem = null);
