namespace Functions.Autoscaler.Policy;

/// <summary>
/// The HPA's stabilisation windows: a scale-up goes only as high as the lowest recommendation of the up window,
/// a scale-down only as low as the highest recommendation of the down window.
/// </summary>
internal static class Stabilizer
{
    /// <summary>The stabilised count and, when the windows changed it, the condition that says so.</summary>
    /// <param name="recommended">This evaluation's raw recommendation.</param>
    /// <param name="current">Instances running now.</param>
    /// <param name="history">Earlier raw recommendations.</param>
    /// <param name="now">Now.</param>
    /// <param name="policy">The windows.</param>
    /// <returns>The count and the condition (null when unchanged).</returns>
    public static (int Instances, string? Condition) Stabilize(int recommended, int current, IReadOnlyList<Recommendation> history, DateTimeOffset now, ScalingPolicy policy)
    {
        var upFloor = recommended;
        var downCeiling = recommended;
        foreach (var earlier in history)
        {
            if (earlier.At > now - policy.Up.StabilizationWindow && earlier.At <= now)
            {
                upFloor = Math.Min(upFloor, earlier.Instances);
            }

            if (earlier.At > now - policy.Down.StabilizationWindow && earlier.At <= now)
            {
                downCeiling = Math.Max(downCeiling, earlier.Instances);
            }
        }

        // As horizontal.go: raise the current count to the up recommendation, then cap it at the down recommendation.
        var stabilized = current;
        if (stabilized < upFloor)
        {
            stabilized = upFloor;
        }

        if (stabilized > downCeiling)
        {
            stabilized = downCeiling;
        }

        var condition = stabilized == recommended ? null
            : recommended < current ? DecisionConditions.ScaleDownStabilized
            : DecisionConditions.ScaleUpStabilized;
        return (stabilized, condition);
    }
}
