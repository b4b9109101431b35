using Functions.TencentCloud.Monitor;

namespace Functions.Autoscaler.Metrics.CloudMonitor;

/// <summary>One version's usage and spec series for a resource, as Cloud Monitor returned them.</summary>
/// <param name="Version">The version's name.</param>
/// <param name="Used">Usage (e.g. VersionCpuUsed), summed over the version's instances.</param>
/// <param name="Spec">The spec (e.g. VersionResourceCpu), summed over the same instances.</param>
internal sealed record VersionSeries(string Version, IReadOnlyList<MetricSample> Used, IReadOnlyList<MetricSample> Spec);
