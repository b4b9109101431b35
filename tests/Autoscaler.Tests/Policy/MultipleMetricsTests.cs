using Functions.Autoscaler.Policy;
using static Functions.Autoscaler.Tests.Policy.Scenario;

namespace Functions.Autoscaler.Tests.Policy;

/// <summary>Several metrics: the largest recommendation wins, and a missing one never lets the count fall.</summary>
[TestClass]
public sealed class MultipleMetricsTests
{
    [TestMethod]
    public void LargestRecommendation_Wins()
    {
        var decision = ScalingEngine.Decide(Inputs(Plain(Cpu(), Memory(), Requests()), 3, ("cpu", 90), ("memory", 50), ("requests", 700)));

        Assert.AreEqual(7, decision.Desired);
        Assert.AreEqual(7, decision.Recommended);
        Assert.AreSequenceEqual(new int?[] { 4, 2, 7 }, decision.Metrics.Select(m => m.Instances).ToArray());
        Assert.StartsWith("scale up 3 → 7; requests 700 vs 100 per instance → 7", decision.Reason);
    }

    [TestMethod]
    public void OneMetricMissing_StillAllowsScaleUp()
    {
        // HPA TestScaleUpOneMetricEmpty.
        var decision = ScalingEngine.Decide(Inputs(Plain(Cpu(), Memory()), 2, ("cpu", 140), ("memory", null)));

        Assert.AreEqual(4, decision.Desired);
        Assert.AreEqual(MetricStatus.Missing, decision.Metrics[1].Status);
    }

    [TestMethod]
    public void OneMetricMissing_BlocksScaleDown()
    {
        // HPA TestNoScaleDownOneMetricEmpty.
        var decision = ScalingEngine.Decide(Inputs(Plain(Cpu(), Memory()), 5, ("cpu", 10), ("memory", null)));

        Assert.AreEqual(5, decision.Desired);
        Assert.Contains(DecisionConditions.MissingMetricBlocksScaleDown, decision.Conditions);
        Assert.Contains("memory missing (no samples)", decision.Reason);
    }

    [TestMethod]
    public void MetricWithoutAReading_CountsAsMissing()
    {
        var decision = ScalingEngine.Decide(Inputs(Plain(Cpu(), Requests()), 5, ("cpu", 10)));

        Assert.AreEqual(5, decision.Desired);
        Assert.AreEqual("no reading", decision.Metrics[1].Problem);
    }

    [TestMethod]
    public void EveryMetricMissing_ChangesNothing()
    {
        var decision = ScalingEngine.Decide(Inputs(Plain(Cpu(), Memory()), 4, ("cpu", null), ("memory", null)));

        Assert.AreEqual(4, decision.Desired);
        Assert.IsNull(decision.Recommended);
        Assert.IsNull(decision.ToRecommendation(), "no recommendation to remember when nothing was measured");
        Assert.Contains(DecisionConditions.NoMetrics, decision.Conditions);
    }

    [TestMethod]
    public void ZeroInstances_UtilizationIsMissingButRequestsWakeTheService()
    {
        var policy = Plain(Cpu(), Requests()) with { MinInstances = 0 };

        var decision = ScalingEngine.Decide(Inputs(policy, 0, ("cpu", 0), ("requests", 30)));

        Assert.AreEqual(1, decision.Desired);
        Assert.AreEqual(MetricStatus.Missing, decision.Metrics[0].Status);
    }
}
