using System.Globalization;
using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Metrics.CloudMonitor;

/// <summary>
/// Utilisation over the versions serving traffic as the HPA computes it: a ratio of sums, 100 × Σused / Σspec, each
/// version contributing its newest period where both series have a usable sample. A serving version without one
/// makes the metric missing rather than letting the others speak for it.
/// </summary>
internal static class UtilizationCalculator
{
    /// <summary>Computes the reading.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="versions">Each serving version's series.</param>
    /// <param name="window">Which samples are usable.</param>
    /// <returns>The utilisation in percent, or why there is none.</returns>
    public static MetricReading Compute(ResourceMetric metric, IReadOnlyList<VersionSeries> versions, SampleWindow window)
    {
        if (versions.Count == 0)
        {
            return MetricReading.Missing(metric.Name, "no version of the service serves traffic");
        }

        double used = 0, spec = 0;
        var gaps = new List<string>();
        foreach (var version in versions)
        {
            if (Newest(version, window) is { } pair)
            {
                used += pair.Used;
                spec += pair.Spec;
            }
            else
            {
                gaps.Add($"version {version.Version}: {metric.Used} {window.Describe(version.Used)}, {metric.Spec} {window.Describe(version.Spec)}");
            }
        }

        if (gaps.Count > 0)
        {
            return MetricReading.Missing(metric.Name, $"no usable {metric.Used}/{metric.Spec} pair ({window}) for {string.Join("; ", gaps)}");
        }

        return spec > 0
            ? MetricReading.Of(metric.Name, 100 * used / spec)
            : MetricReading.Missing(metric.Name, $"{metric.Spec} sums to {spec.ToString(CultureInfo.InvariantCulture)} over the serving versions");
    }

    // The newest period in which both series have a usable sample, so usage and spec describe the same instances.
    private static (double Used, double Spec)? Newest(VersionSeries version, SampleWindow window)
    {
        var specs = version.Spec.Where(window.Usable).GroupBy(s => s.Time).ToDictionary(g => g.Key, g => g.Last().Value);
        var used = window.Newest(version.Used.Where(s => specs.ContainsKey(s.Time)));
        return used is { } sample ? (sample.Value, specs[sample.Time]) : null;
    }
}
