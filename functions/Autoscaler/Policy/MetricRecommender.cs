namespace Functions.Autoscaler.Policy;

/// <summary>One metric's recommendation, by the Kubernetes HPA v2 replica formula.</summary>
internal static class MetricRecommender
{
    /// <summary>What <paramref name="target"/>'s reading recommends for a service of <paramref name="current"/> instances.</summary>
    /// <param name="target">The metric and its target.</param>
    /// <param name="reading">Its reading, or null when the source gave none.</param>
    /// <param name="current">Instances running now.</param>
    /// <param name="policy">The tolerances.</param>
    /// <returns>The recommendation.</returns>
    public static MetricRecommendation Recommend(MetricTarget target, MetricReading? reading, int current, ScalingPolicy policy)
    {
        if (reading?.Value is not { } value || double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            var problem = reading is null ? "no reading" : reading.Problem ?? $"unusable value {reading.Value}";
            return new(target.Name, target.Kind, target.Target, null, null, null, MetricStatus.Missing, problem);
        }

        if (current == 0)
        {
            return FromZero(target, value);
        }

        // HPA truncates utilisation to a whole percent before the ratio (metrics/utilization.go).
        var measured = target.Kind == MetricKind.Utilization ? Math.Floor(value) : value;
        var ratio = target.Kind == MetricKind.AverageValue ? measured / (target.Target * current) : measured / target.Target;
        if (ratio >= 1 - policy.Down.Tolerance && ratio <= 1 + policy.Up.Tolerance)
        {
            return new(target.Name, target.Kind, target.Target, value, ratio, current, MetricStatus.WithinTolerance);
        }

        var instances = target.Kind == MetricKind.AverageValue
            ? (int)Math.Ceiling(measured / target.Target)
            : (int)Math.Ceiling(ratio * current);
        return new(target.Name, target.Kind, target.Target, value, ratio, instances, MetricStatus.Scales);
    }

    // A service at zero instances has no utilisation; totals still say how many it needs (HPA's scale-from-zero path,
    // which skips the tolerance).
    private static MetricRecommendation FromZero(MetricTarget target, double value)
    {
        if (target.Kind == MetricKind.Utilization)
        {
            return new(target.Name, target.Kind, target.Target, value, null, null, MetricStatus.Missing, "no running instance to measure utilisation on");
        }

        var ratio = value / target.Target;
        return new(target.Name, target.Kind, target.Target, value, ratio, (int)Math.Ceiling(ratio), ratio == 0 ? MetricStatus.WithinTolerance : MetricStatus.Scales);
    }
}
