using System.Globalization;
using Functions.TencentCloud.CloudRun.Models;

namespace Functions.Autoscaler.Metrics.CloudMonitor;

/// <summary>The versions whose instances carry the service's load, from DescribeCloudRunServerDetail.</summary>
internal static class ServingVersions
{
    /// <summary>The online versions with a positive traffic share; all online versions when none states one.</summary>
    /// <param name="online">OnlineVersionInfos.</param>
    /// <returns>The version names.</returns>
    public static IReadOnlyList<string> From(IReadOnlyList<OnlineVersionInfo>? online)
    {
        var named = (online ?? []).Where(v => !string.IsNullOrEmpty(v.VersionName)).ToArray();
        var serving = named.Where(v => Share(v.FlowRatio) > 0).ToArray();

        // A single version may come back without a share; it still takes all the traffic.
        return (serving.Length > 0 ? serving : named).Select(v => v.VersionName!).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static double Share(string? ratio) =>
        double.TryParse(ratio, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
