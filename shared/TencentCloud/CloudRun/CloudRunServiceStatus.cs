using Functions.TencentCloud.CloudRun.Models;

namespace Functions.TencentCloud.CloudRun;

/// <summary>What the Autoscaler and DeployOrchestrator need to know about a service at a glance.</summary>
/// <param name="ServerName">The service.</param>
/// <param name="Status">running, deploying or deploy_failed.</param>
/// <param name="Versions">Versions serving traffic with their shares.</param>
/// <param name="MinInstances">The platform's lower bound.</param>
/// <param name="MaxInstances">The platform's upper bound.</param>
/// <param name="Policies">The platform scaler's rules.</param>
/// <param name="OperationMode">The run mode.</param>
/// <param name="Instances">Instances running now.</param>
/// <param name="Cpu">Cores per instance.</param>
/// <param name="MemoryGb">Memory per instance.</param>
public sealed record CloudRunServiceStatus(
    string ServerName,
    string? Status,
    IReadOnlyList<VersionTraffic> Versions,
    long? MinInstances,
    long? MaxInstances,
    IReadOnlyList<HpaPolicy> Policies,
    string? OperationMode,
    long Instances,
    double? Cpu,
    double? MemoryGb);
