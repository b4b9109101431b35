namespace Functions.Autoscaler.Policy;

/// <summary>How a metric's value relates to its target, as in the Kubernetes HPA v2 metric types.</summary>
internal enum MetricKind
{
    /// <summary>
    /// A percentage of the instances' spec averaged over the service (CPU, memory): the ratio is value / target and
    /// the recommendation <c>ceil(current × ratio)</c> (HPA Resource Utilization).
    /// </summary>
    Utilization,

    /// <summary>
    /// A service-wide total with a per-instance target (requests per second): the ratio is total / (target × current)
    /// and the recommendation <c>ceil(total / target)</c> (HPA External AverageValue).
    /// </summary>
    AverageValue,

    /// <summary>A service-wide total with a service-wide target: ratio = value / target, <c>ceil(current × ratio)</c> (HPA Object Value).</summary>
    Value,
}
