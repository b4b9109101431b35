namespace Functions.Autoscaler.Policy;

/// <summary>What caused a change of the instance count.</summary>
internal enum ScaleTrigger
{
    /// <summary>The tracked metrics.</summary>
    Metrics,

    /// <summary>An alarm forwarded by AlertHandler.</summary>
    Alarm,

    /// <summary>An operator's pin (<c>set</c>).</summary>
    Pin,

    /// <summary>The count was outside the policy's bounds.</summary>
    Bounds,
}
