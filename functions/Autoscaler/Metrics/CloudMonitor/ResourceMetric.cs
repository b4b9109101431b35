using Functions.TencentCloud.Monitor;

namespace Functions.Autoscaler.Metrics.CloudMonitor;

/// <summary>A utilisation metric and the two QCE/TCB_DOCKER series it is the ratio of.</summary>
/// <param name="Name">The tracked metric's name.</param>
/// <param name="Used">The usage series.</param>
/// <param name="Spec">The spec series, in the usage's unit.</param>
internal sealed record ResourceMetric(string Name, string Used, string Spec)
{
    /// <summary>CPU: cores used over cores of spec.</summary>
    public static ResourceMetric Cpu { get; } = new("cpu", CloudRunMetric.VersionCpuUsed, CloudRunMetric.VersionResourceCpu);

    /// <summary>Memory without page cache (what the kernel can reclaim is not pressure), MB over MB of spec.</summary>
    public static ResourceMetric Memory { get; } = new("memory", CloudRunMetric.VersionMemUsedNoCache, CloudRunMetric.VersionResourceMem);
}
