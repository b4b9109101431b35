namespace Functions.TestSupport;

/// <summary>Faults queued per target (a path, an action) for an emulator's next requests; thread-safe.</summary>
/// <typeparam name="TFault">What the emulator does instead of answering normally.</typeparam>
public sealed class InjectedFaults<TFault>
{
    private readonly Dictionary<string, Queue<TFault>> _queues = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Makes the next <paramref name="times"/> requests to <paramref name="target"/> get <paramref name="fault"/>.</summary>
    /// <param name="target">The path or action.</param>
    /// <param name="times">How many requests.</param>
    /// <param name="fault">The fault.</param>
    public void Add(string target, int times, TFault fault)
    {
        lock (_gate)
        {
            if (!_queues.TryGetValue(target, out var queue))
            {
                _queues[target] = queue = new Queue<TFault>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(fault);
            }
        }
    }

    /// <summary>Takes the next fault queued for <paramref name="target"/>.</summary>
    /// <param name="target">The path or action.</param>
    /// <param name="fault">The fault, when there is one.</param>
    /// <returns>Whether there was one.</returns>
    public bool TryTake(string target, out TFault fault)
    {
        lock (_gate)
        {
            if (_queues.TryGetValue(target, out var queue) && queue.TryDequeue(out var next))
            {
                fault = next;
                return true;
            }

            fault = default!;
            return false;
        }
    }
}
