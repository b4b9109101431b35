using Functions.Autoscaler.Policy;
using static Functions.Autoscaler.Tests.Policy.Scenario;

namespace Functions.Autoscaler.Tests.Policy;

/// <summary>Min/max clamps, the stateful cap and operators' pins.</summary>
[TestClass]
public sealed class BoundsAndPinsTests
{
    [TestMethod]
    public void Recommendation_AboveMax_IsCapped()
    {
        var decision = ScalingEngine.Decide(Inputs(Plain(Requests()), 8, ("requests", 1500)));

        Assert.AreEqual(10, decision.Desired);
        Assert.Contains(DecisionConditions.TooManyReplicas, decision.Conditions);
    }

    [TestMethod]
    public void Recommendation_BelowMin_IsRaised()
    {
        var decision = ScalingEngine.Decide(Inputs(Plain(Requests()) with { MinInstances = 2 }, 4, ("requests", 10)));

        Assert.AreEqual(2, decision.Desired);
        Assert.Contains(DecisionConditions.TooFewReplicas, decision.Conditions);
    }

    [TestMethod]
    [DataRow(12, 10, DecisionConditions.TooManyReplicas, DisplayName = "HPA TestTooManyReplicas: above max goes to max without metrics")]
    [DataRow(0, 1, DecisionConditions.TooFewReplicas, DisplayName = "HPA TestTooFewReplicas: below min goes to min")]
    public void Current_OutsideTheBounds_GoesToTheBoundWhateverTheMetrics(int current, int expected, string condition)
    {
        var decision = ScalingEngine.Decide(Inputs(Plain(Cpu()), current, ("cpu", 99)));

        Assert.AreEqual(expected, decision.Desired);
        Assert.AreEqual(ScaleTrigger.Bounds, decision.Trigger);
        Assert.Contains(condition, decision.Conditions);
    }

    [TestMethod]
    public void StatefulService_NeverGoesPastOne()
    {
        var policy = Plain(Cpu()) with { Stateful = true };

        var busy = ScalingEngine.Decide(Inputs(policy, 1, ("cpu", 300)));
        var over = ScalingEngine.Decide(Inputs(policy, 3, ("cpu", 50)));
        var pinned = ScalingEngine.Decide(Inputs(policy, 1, ("cpu", 50)) with { Pin = new Pin(4, Now.AddHours(1), "load test") });

        Assert.AreEqual(1, busy.Desired);
        Assert.Contains(DecisionConditions.Stateful, busy.Conditions);
        Assert.AreEqual(1, over.Desired);
        Assert.Contains(DecisionConditions.Stateful, over.Conditions);
        Assert.AreEqual(1, pinned.Desired);
        Assert.Contains(DecisionConditions.Stateful, pinned.Conditions);
    }

    [TestMethod]
    public void Pin_OverridesMetricsUntilItExpires()
    {
        var pin = new Pin(6, Now.AddMinutes(30), "launch day");
        var active = ScalingEngine.Decide(Inputs(Plain(Cpu()), 3, ("cpu", 10)) with { Pin = pin });
        var expired = ScalingEngine.Decide(Inputs(Plain(Cpu()), 3, ("cpu", 10)) with { Pin = pin with { Until = Now } });

        Assert.AreEqual(6, active.Desired);
        Assert.AreEqual(ScaleTrigger.Pin, active.Trigger);
        Assert.Contains("pinned to 6 until 2026-11-27 12:30:00Z ('launch day')", active.Reason);
        Assert.AreEqual(1, active.Recommended, "the metrics' own recommendation is still computed and kept for the windows");
        Assert.AreEqual(1, expired.Desired);
        Assert.AreEqual(ScaleTrigger.Metrics, expired.Trigger);
    }

    [TestMethod]
    public void Policy_Problems_NameTheField()
    {
        var bad = ScalingPolicy.Default with
        {
            MinInstances = 5,
            MaxInstances = 3,
            Targets = [new("cpu", MetricKind.Utilization, 0), new("cpu", MetricKind.Utilization, 70)],
            Up = DirectionBehavior.DefaultUp with { Tolerance = 1.5 },
            Down = DirectionBehavior.DefaultDown with { StabilizationWindow = TimeSpan.FromHours(2) },
            Alarm = new AlarmBehavior(0, TimeSpan.Zero),
        };

        var problems = bad.Problems();

        Assert.Contains("maxInstances must be at least 1 and at least minInstances (5), not 3", problems);
        Assert.Contains("the target of metric 'cpu' must be a positive number, not 0", problems);
        Assert.Contains("metric 'cpu' has more than one target", problems);
        Assert.Contains("up.tolerance must be from 0 to below 1, not 1.5", problems);
        Assert.Contains("down.stabilizationWindow must be from 0 to 3600 s, not 7200 s", problems);
        Assert.Contains("alarm.step must be 1 or more, not 0", problems);
        Assert.IsEmpty(ScalingPolicy.Default.Problems());
    }
}
