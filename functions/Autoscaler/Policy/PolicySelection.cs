namespace Functions.Autoscaler.Policy;

/// <summary>Which rate policy wins when several apply (HPA <c>selectPolicy</c>).</summary>
internal enum PolicySelection
{
    /// <summary>The one allowing the largest change (the default).</summary>
    Max,

    /// <summary>The one allowing the smallest change.</summary>
    Min,

    /// <summary>No change in this direction at all.</summary>
    Disabled,
}
