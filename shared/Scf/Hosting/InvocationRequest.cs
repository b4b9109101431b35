using Functions.TencentCloud.Credentials;

namespace Functions.Scf.Hosting;

/// <summary>What a transport knows about an invocation before the handler runs.</summary>
/// <param name="RequestId">The platform's request id (generated when the transport has none).</param>
/// <param name="TimeLimit">The platform's time limit for this invocation, when given.</param>
/// <param name="MemoryLimitMb">The memory limit in MB, when given.</param>
/// <param name="Credentials">Per-invocation credentials (image functions), when given.</param>
public sealed record InvocationRequest(
    string RequestId,
    TimeSpan? TimeLimit,
    int? MemoryLimitMb,
    TencentCloudCredentials? Credentials = null);
