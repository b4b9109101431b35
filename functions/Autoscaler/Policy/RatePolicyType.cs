namespace Functions.Autoscaler.Policy;

/// <summary>The unit of a <see cref="RatePolicy"/>.</summary>
internal enum RatePolicyType
{
    /// <summary>A number of instances.</summary>
    Instances,

    /// <summary>A percentage of the count at the start of the period.</summary>
    Percent,
}
