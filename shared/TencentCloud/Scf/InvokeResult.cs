namespace Functions.TencentCloud.Scf;

/// <summary>What a synchronous invoke returned (all but <see cref="FunctionRequestId"/> are empty for Event invokes).</summary>
public sealed record InvokeResult
{
    /// <summary>The execution's log (with LogType Tail, up to 4 KB).</summary>
    public string? Log { get; init; }

    /// <summary>The function's return value.</summary>
    public string? RetMsg { get; init; }

    /// <summary>The function's error, when it failed.</summary>
    public string? ErrMsg { get; init; }

    /// <summary>Memory used, bytes.</summary>
    public long? MemUsage { get; init; }

    /// <summary>Duration, ms.</summary>
    public double? Duration { get; init; }

    /// <summary>Billed duration, ms.</summary>
    public long? BillDuration { get; init; }

    /// <summary>The execution's request id.</summary>
    public string? FunctionRequestId { get; init; }
}
