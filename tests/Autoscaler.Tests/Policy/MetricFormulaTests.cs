using Functions.Autoscaler.Policy;
using static Functions.Autoscaler.Tests.Policy.Scenario;

namespace Functions.Autoscaler.Tests.Policy;

/// <summary>The per-metric replica formula and tolerance, with cases reproduced from the Kubernetes HPA controller tests.</summary>
[TestClass]
public sealed class MetricFormulaTests
{
    [TestMethod]
    [DataRow(3, 50.0, 30.0, 5, DisplayName = "HPA TestScaleUp: 3 pods at 50 % of a 30 % target → 5")]
    [DataRow(5, 28.0, 50.0, 3, DisplayName = "HPA TestScaleDown: 5 pods at 28 % of a 50 % target → 3")]
    [DataRow(3, 102.0, 100.0, 3, DisplayName = "HPA TestTolerance: 102 % of 100 % is within 0.1 → 3")]
    [DataRow(3, 90.0, 70.0, 4, DisplayName = "ceil(3 × 90 / 70) = 4")]
    [DataRow(3, 77.9, 70.0, 3, DisplayName = "77.9 % truncates to 77 %: ratio 1.1 is the edge of the band")]
    [DataRow(3, 78.0, 70.0, 4, DisplayName = "78 %: ratio 1.114 leaves the band")]
    [DataRow(4, 62.0, 70.0, 4, DisplayName = "ratio 0.886 is within the band → hold")]
    [DataRow(4, 60.0, 70.0, 4, DisplayName = "ratio 0.857 leaves the band → ceil(3.43) = 4, nothing to do")]
    [DataRow(10, 30.0, 70.0, 5, DisplayName = "ceil(10 × 30 / 70) = 5")]
    public void Utilization_FollowsTheHpaFormula(int current, double value, double target, int expected)
    {
        var decision = ScalingEngine.Decide(Inputs(Plain(Cpu(target)) with { MaxInstances = 20 }, current, ("cpu", value)));

        Assert.AreEqual(expected, decision.Desired, decision.Reason);
    }

    [TestMethod]
    [DataRow(3, 700.0, 7, DisplayName = "700 requests/s at 100 per instance → 7")]
    [DataRow(3, 310.0, 3, DisplayName = "310 on 3: ratio 1.03 within tolerance → hold")]
    [DataRow(5, 120.0, 2, DisplayName = "120 on 5 → ceil(1.2) = 2")]
    [DataRow(0, 250.0, 3, DisplayName = "from zero instances: ceil(250 / 100) = 3, as the HPA's scale-from-zero path")]
    public void AverageValue_DividesTheTotalByThePerInstanceTarget(int current, double total, int expected)
    {
        var policy = Plain(Requests()) with { MinInstances = 0 };

        var decision = ScalingEngine.Decide(Inputs(policy, current, ("requests", total)));

        Assert.AreEqual(expected, decision.Desired, decision.Reason);
    }

    [TestMethod]
    public void Tolerance_CanDifferPerDirection()
    {
        var policy = Plain(Cpu(100)) with
        {
            Up = DirectionBehavior.DefaultUp with { Cooldown = TimeSpan.Zero, Tolerance = 0.3 },
            Down = DirectionBehavior.DefaultDown with { Cooldown = TimeSpan.Zero, StabilizationWindow = TimeSpan.Zero, Tolerance = 0.05 },
        };

        var up = ScalingEngine.Decide(Inputs(policy, 10, ("cpu", 125)));
        var down = ScalingEngine.Decide(Inputs(policy, 10, ("cpu", 90)));

        Assert.AreEqual(10, up.Desired, "25 % over target is inside a 0.3 up band");
        Assert.AreEqual(MetricStatus.WithinTolerance, up.Metrics[0].Status);
        Assert.AreEqual(9, down.Desired, "10 % under target is outside a 0.05 down band");
    }

    [TestMethod]
    public void WithinTolerance_SaysDesiredWithinRange()
    {
        var decision = ScalingEngine.Decide(Inputs(Plain(Cpu()), 3, ("cpu", 72)));

        Assert.AreEqual(3, decision.Desired);
        Assert.AreSequenceEqual(new[] { DecisionConditions.DesiredWithinRange }, decision.Conditions.ToArray());
        Assert.AreEqual(ScaleDirection.None, decision.Direction);
        Assert.IsNull(decision.ToEvent());
    }

    [TestMethod]
    [DataRow(double.NaN)]
    [DataRow(-5.0)]
    [DataRow(double.PositiveInfinity)]
    public void UnusableValue_IsMissing(double value)
    {
        var decision = ScalingEngine.Decide(Inputs(Plain(Cpu()), 3, ("cpu", value)));

        Assert.AreEqual(MetricStatus.Missing, decision.Metrics[0].Status);
        Assert.AreEqual(3, decision.Desired);
        Assert.Contains(DecisionConditions.NoMetrics, decision.Conditions);
    }
}
