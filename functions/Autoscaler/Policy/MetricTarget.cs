namespace Functions.Autoscaler.Policy;

/// <summary>One metric the policy tracks and the value it aims for.</summary>
/// <param name="Name">The metric's name: <c>cpu</c>, <c>memory</c>, <c>requests</c> or a configured Prometheus query's name.</param>
/// <param name="Kind">How the value relates to the target.</param>
/// <param name="Target">The target: a percentage for <see cref="MetricKind.Utilization"/>, a per-instance value for
/// <see cref="MetricKind.AverageValue"/>, a total for <see cref="MetricKind.Value"/>. Positive.</param>
internal sealed record MetricTarget(string Name, MetricKind Kind, double Target);
