namespace Functions.Scf.Runtime;

/// <summary>An event fetched from <c>/runtime/invocation/next</c> with its headers.</summary>
/// <param name="Event">The event body.</param>
/// <param name="RequestId">The <c>request_id</c> header (generated when absent).</param>
/// <param name="MemoryLimitMb">The <c>memory_limit_in_mb</c> header, when present and valid.</param>
/// <param name="TimeLimit">The <c>time_limit_in_ms</c> header, when present and valid.</param>
public sealed record RuntimeInvocation(ReadOnlyMemory<byte> Event, string RequestId, int? MemoryLimitMb, TimeSpan? TimeLimit);
