namespace Functions.Autoscaler.Policy;

/// <summary>What one metric said in a decision.</summary>
internal enum MetricStatus
{
    /// <summary>Its ratio is outside the tolerance: it recommends a different count.</summary>
    Scales,

    /// <summary>Its ratio is within the tolerance: it recommends the current count.</summary>
    WithinTolerance,

    /// <summary>It has no value: it recommends nothing and forbids scaling down.</summary>
    Missing,
}
