namespace Functions.Autoscaler.Policy;

/// <summary>
/// Why a decision came out as it did, one code per step that shaped it (names follow the Kubernetes HPA's
/// conditions where the step is the same).
/// </summary>
internal static class DecisionConditions
{
    /// <summary>The count is already what the metrics ask for (every metric within tolerance or agreeing).</summary>
    public const string DesiredWithinRange = "DesiredWithinRange";

    /// <summary>Every tracked metric is missing: nothing changes.</summary>
    public const string NoMetrics = "NoMetrics";

    /// <summary>A metric is missing and the others ask for fewer instances: held, never scaled down on partial data.</summary>
    public const string MissingMetricBlocksScaleDown = "MissingMetricBlocksScaleDown";

    /// <summary>A higher recommendation within the scale-down stabilisation window holds the count up.</summary>
    public const string ScaleDownStabilized = "ScaleDownStabilized";

    /// <summary>A lower recommendation within the scale-up stabilisation window holds the count down.</summary>
    public const string ScaleUpStabilized = "ScaleUpStabilized";

    /// <summary>The last scale-up was too recent.</summary>
    public const string ScaleUpCooldown = "ScaleUpCooldown";

    /// <summary>A utilisation metric is at or above the saturation level: the scale-up cooldown was skipped.</summary>
    public const string Saturated = "Saturated";

    /// <summary>The last scale-down was too recent.</summary>
    public const string ScaleDownCooldown = "ScaleDownCooldown";

    /// <summary>A scale-up rate policy capped the change.</summary>
    public const string ScaleUpLimit = "ScaleUpLimit";

    /// <summary>A scale-down rate policy capped the change.</summary>
    public const string ScaleDownLimit = "ScaleDownLimit";

    /// <summary>Scaling up is disabled by the policy.</summary>
    public const string ScaleUpDisabled = "ScaleUpDisabled";

    /// <summary>Scaling down is disabled by the policy.</summary>
    public const string ScaleDownDisabled = "ScaleDownDisabled";

    /// <summary>Capped at the maximum (or at one for a stateful service).</summary>
    public const string TooManyReplicas = "TooManyReplicas";

    /// <summary>Raised to the minimum.</summary>
    public const string TooFewReplicas = "TooFewReplicas";

    /// <summary>The service is stateful: never more than one instance.</summary>
    public const string Stateful = "Stateful";

    /// <summary>An operator's pin sets the count.</summary>
    public const string Pinned = "Pinned";

    /// <summary>A forwarded alarm asked for the change.</summary>
    public const string AlarmScale = "AlarmScale";

    /// <summary>The alarm id was already acted on: a duplicate delivery, ignored.</summary>
    public const string DuplicateAlarm = "DuplicateAlarm";

    /// <summary>The last alarm-driven change was too recent.</summary>
    public const string AlarmCooldown = "AlarmCooldown";
}
