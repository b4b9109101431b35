namespace Functions.Autoscaler.Policy;

/// <summary>How a scale-up forwarded from an alarm (through AlertHandler) is taken.</summary>
/// <param name="Step">Instances added above the current count (the metric recommendation wins when higher).</param>
/// <param name="Cooldown">The least time since the last alarm-driven scale-up before another.</param>
internal sealed record AlarmBehavior(int Step, TimeSpan Cooldown)
{
    /// <summary>+1 instance, at most every 120 s.</summary>
    public static AlarmBehavior Default { get; } = new(1, TimeSpan.FromSeconds(120));
}
