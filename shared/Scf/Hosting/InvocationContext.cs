namespace Functions.Scf.Hosting;

/// <summary>One invocation's identity, limits and deadline.</summary>
public sealed class InvocationContext
{
    private readonly TimeProvider _time;

    /// <summary>Creates the context.</summary>
    /// <param name="requestId">The request id.</param>
    /// <param name="functionName">The function's name.</param>
    /// <param name="mode">How the host was started.</param>
    /// <param name="timeLimit">The platform's time limit.</param>
    /// <param name="deadline">When the handler must be done (the limit minus the host's margin).</param>
    /// <param name="memoryLimitMb">The memory limit, when known.</param>
    /// <param name="time">The clock.</param>
    public InvocationContext(
        string requestId,
        string functionName,
        HostMode mode,
        TimeSpan timeLimit,
        DateTimeOffset deadline,
        int? memoryLimitMb,
        TimeProvider time)
    {
        RequestId = requestId;
        FunctionName = functionName;
        Mode = mode;
        TimeLimit = timeLimit;
        Deadline = deadline;
        MemoryLimitMb = memoryLimitMb;
        _time = time;
    }

    /// <summary>The request id.</summary>
    public string RequestId { get; }

    /// <summary>The function's name.</summary>
    public string FunctionName { get; }

    /// <summary>How the host was started.</summary>
    public HostMode Mode { get; }

    /// <summary>The platform's time limit for the invocation.</summary>
    public TimeSpan TimeLimit { get; }

    /// <summary>When the handler must be done; the cancellation token fires then.</summary>
    public DateTimeOffset Deadline { get; }

    /// <summary>The memory limit in MB, when known.</summary>
    public int? MemoryLimitMb { get; }

    /// <summary>Time left before <see cref="Deadline"/> (never negative).</summary>
    public TimeSpan RemainingTime
    {
        get
        {
            var left = Deadline - _time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }
}
