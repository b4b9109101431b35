namespace Functions.TencentCloud.CloudRun.Models;

/// <summary>A version's share of traffic in a release (tcbr <c>VersionFlowInfo</c>).</summary>
/// <param name="VersionName">The version.</param>
/// <param name="IsDefaultPriority">Whether it is the default route.</param>
/// <param name="FlowRatio">Its share in percent.</param>
public sealed record VersionFlowInfo(string VersionName, bool IsDefaultPriority, long FlowRatio);
