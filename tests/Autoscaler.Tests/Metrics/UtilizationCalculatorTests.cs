using Functions.Autoscaler.Metrics.CloudMonitor;
using Functions.TencentCloud.Monitor;

namespace Functions.Autoscaler.Tests.Metrics;

/// <summary>Utilisation is Σused / Σspec over the serving versions, from each one's newest complete, fresh period.</summary>
[TestClass]
public sealed class UtilizationCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 10, 30, TimeSpan.Zero);
    private static readonly SampleWindow Window = new(TimeSpan.FromMinutes(1), Now, TimeSpan.FromMinutes(3));

    [TestMethod]
    public void Compute_TwoVersions_IsTheRatioOfSums_NotTheAverageOfRatios()
    {
        // v1: 3 instances × 1 core at 0.9 busy; v2: 1 instance × 2 cores at 0.2 busy.
        var versions = new[]
        {
            new VersionSeries("v1", [At(-2, 2.7)], [At(-2, 3)]),
            new VersionSeries("v2", [At(-2, 0.4)], [At(-2, 2)]),
        };

        var reading = UtilizationCalculator.Compute(ResourceMetric.Cpu, versions, Window);

        Assert.AreEqual(100 * 3.1 / 5, reading.Value!.Value, 1e-9, "the average of ratios would be 55 %");
    }

    [TestMethod]
    public void Compute_UsesTheNewestCompletePeriod_NotTheOneInProgress()
    {
        // The period starting at 09:10 ends at 09:11, after now (09:10:30): still being summed.
        var versions = new[] { new VersionSeries("v1", [At(-2, 0.5), At(-1, 0.6), At(0, 0.05)], [At(-2, 1), At(-1, 1), At(0, 0.1)]) };

        var reading = UtilizationCalculator.Compute(ResourceMetric.Cpu, versions, Window);

        Assert.AreEqual(60, reading.Value!.Value, 1e-9);
    }

    [TestMethod]
    public void Compute_UsageAndSpecOfTheSamePeriod()
    {
        // The newest spec sample is a period older than the newest usage: use the period both have.
        var versions = new[] { new VersionSeries("v1", [At(-2, 0.5), At(-1, 0.9)], [At(-2, 1)]) };

        var reading = UtilizationCalculator.Compute(ResourceMetric.Cpu, versions, Window);

        Assert.AreEqual(50, reading.Value!.Value, 1e-9);
    }

    [TestMethod]
    public void Compute_StaleVersion_IsMissing_NamingIt()
    {
        var versions = new[]
        {
            new VersionSeries("v1", [At(-2, 0.5)], [At(-2, 1)]),
            new VersionSeries("v2", [At(-6, 0.5)], [At(-6, 1)]),
        };

        var reading = UtilizationCalculator.Compute(ResourceMetric.Memory, versions, Window);

        Assert.IsNull(reading.Value);
        Assert.AreEqual("memory", reading.Name);
        Assert.Contains("version v2: VersionMemUsedNoCache newest sample at 2026-11-27T09:04:00Z is stale", reading.Problem!);
        Assert.DoesNotContain("version v1", reading.Problem!);
    }

    [TestMethod]
    public void Compute_NoSamples_IsMissing()
    {
        var reading = UtilizationCalculator.Compute(ResourceMetric.Cpu, [new VersionSeries("v1", [], [])], Window);

        Assert.Contains("version v1: VersionCpuUsed no samples since 2026-11-27T09:03:30Z, VersionResourceCpu no samples since", reading.Problem!);
    }

    [TestMethod]
    public void Compute_NoServingVersion_IsMissing()
    {
        var reading = UtilizationCalculator.Compute(ResourceMetric.Cpu, [], Window);

        Assert.AreEqual("no version of the service serves traffic", reading.Problem);
    }

    [TestMethod]
    public void Compute_ZeroSpec_IsMissing()
    {
        var reading = UtilizationCalculator.Compute(ResourceMetric.Cpu, [new VersionSeries("v1", [At(-2, 0)], [At(-2, 0)])], Window);

        Assert.AreEqual("VersionResourceCpu sums to 0 over the serving versions", reading.Problem);
    }

    private static MetricSample At(int minutes, double value) => new(new DateTimeOffset(2026, 11, 27, 9, 10, 0, TimeSpan.Zero).AddMinutes(minutes), value);
}
