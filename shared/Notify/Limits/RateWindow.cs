namespace Functions.Notify;

/// <summary>At most <paramref name="Capacity"/> messages per <paramref name="Period"/>, as a token bucket refilled evenly over the period.</summary>
/// <param name="Capacity">The bucket's size (the burst).</param>
/// <param name="Period">The time to refill it from empty.</param>
public sealed record RateWindow(int Capacity, TimeSpan Period)
{
    /// <summary>How long one token takes to come back.</summary>
    public TimeSpan Interval => Period / Capacity;
}
