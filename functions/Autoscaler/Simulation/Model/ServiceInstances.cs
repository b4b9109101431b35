namespace Functions.Autoscaler.Simulation.Model;

/// <summary>
/// The simulated service's instances: how many run (and are billed) and how many of them are ready to serve. A new
/// instance serves after the start-up delay; a scale-down stops instances at once, the not-yet-ready ones first
/// (as a Kubernetes ReplicaSet deletes unready pods before ready ones).
/// </summary>
internal sealed class ServiceInstances
{
    private readonly List<DateTimeOffset> starting = [];

    /// <summary>Starts with <paramref name="ready"/> instances, all serving.</summary>
    /// <param name="ready">The initial count.</param>
    public ServiceInstances(int ready)
    {
        Running = ready;
    }

    /// <summary>Instances running, ready or not.</summary>
    public int Running { get; private set; }

    /// <summary>Instances serving requests.</summary>
    public int Ready => Running - starting.Count;

    /// <summary>When the next starting instance becomes ready, or null when none is starting.</summary>
    public DateTimeOffset? NextReady => starting.Count > 0 ? starting[0] : null;

    /// <summary>Marks the instances whose start-up delay has passed as ready.</summary>
    /// <param name="now">Now.</param>
    public void Promote(DateTimeOffset now) => starting.RemoveAll(at => at <= now);

    /// <summary>Applies a decision.</summary>
    /// <param name="desired">The count decided.</param>
    /// <param name="now">When it is applied.</param>
    /// <param name="startupDelay">How long a new instance takes to serve.</param>
    public void ScaleTo(int desired, DateTimeOffset now, TimeSpan startupDelay)
    {
        if (desired > Running && startupDelay > TimeSpan.Zero)
        {
            // Every instance takes the same delay, so appending keeps the list in ready-time order.
            starting.AddRange(Enumerable.Repeat(now + startupDelay, desired - Running));
        }

        for (var stop = Running - desired; stop > 0 && starting.Count > 0; stop--)
        {
            starting.RemoveAt(starting.Count - 1);
        }

        Running = desired;
    }
}
