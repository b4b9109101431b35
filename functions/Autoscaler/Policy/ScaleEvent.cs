namespace Functions.Autoscaler.Policy;

/// <summary>A change of the instance count that was applied, kept for rate policies and cooldowns.</summary>
/// <param name="At">When it was applied.</param>
/// <param name="From">The count before.</param>
/// <param name="To">The count after.</param>
/// <param name="Trigger">What caused it.</param>
internal sealed record ScaleEvent(DateTimeOffset At, int From, int To, ScaleTrigger Trigger)
{
    /// <summary>Instances added (positive) or removed (negative).</summary>
    public int Change => To - From;
}
