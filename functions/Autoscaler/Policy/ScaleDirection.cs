namespace Functions.Autoscaler.Policy;

/// <summary>Which way a count moves.</summary>
internal enum ScaleDirection
{
    /// <summary>It stays.</summary>
    None,

    /// <summary>More instances.</summary>
    Up,

    /// <summary>Fewer instances.</summary>
    Down,
}
