using Functions.Autoscaler.Policy;
using static Functions.Autoscaler.Tests.Policy.Scenario;

namespace Functions.Autoscaler.Tests.Policy;

/// <summary>Stabilisation windows, cooldowns and rate policies, in the HPA's order.</summary>
[TestClass]
public sealed class BehaviorTests
{
    private static readonly ScalingPolicy Windows = Plain(Requests()) with
    {
        MaxInstances = 50,
        Down = DirectionBehavior.DefaultDown with { Cooldown = TimeSpan.Zero },
    };

    [TestMethod]
    [DataRow(200, 6, DisplayName = "a recommendation of 6 200 s ago (inside the 300 s window) holds 6")]
    [DataRow(301, 4, DisplayName = "301 s ago it has left the window: down to 4, the highest one left")]
    public void ScaleDown_TakesTheHighestRecommendationOfTheWindow(int secondsAgo, int expected)
    {
        var inputs = Inputs(Windows, 6, ("requests", 300)) with { Recommendations = [Recommended(secondsAgo, 6), Recommended(100, 4)] };

        var decision = ScalingEngine.Decide(inputs);

        Assert.AreEqual(expected, decision.Desired, decision.Reason);
        Assert.AreEqual(3, decision.Recommended, "the raw recommendation is kept unstabilised");
        Assert.Contains(DecisionConditions.ScaleDownStabilized, decision.Conditions);
    }

    [TestMethod]
    public void ScaleDown_WithinTheWindow_StopsAtTheHighestRecentRecommendation()
    {
        var inputs = Inputs(Windows, 6, ("requests", 100)) with { Recommendations = [Recommended(250, 6), Recommended(120, 4)] };

        Assert.AreEqual(6, ScalingEngine.Decide(inputs).Desired);
        Assert.AreEqual(4, ScalingEngine.Decide(inputs with { Recommendations = [Recommended(350, 6), Recommended(120, 4)] }).Desired);
    }

    [TestMethod]
    public void ScaleUp_WithAWindow_TakesTheLowestRecommendationOfIt()
    {
        var policy = Windows with { Up = DirectionBehavior.DefaultUp with { Cooldown = TimeSpan.Zero, StabilizationWindow = TimeSpan.FromSeconds(60) } };
        var inputs = Inputs(policy, 3, ("requests", 800)) with { Recommendations = [Recommended(30, 5), Recommended(90, 3)] };

        var decision = ScalingEngine.Decide(inputs);

        Assert.AreEqual(5, decision.Desired);
        Assert.Contains(DecisionConditions.ScaleUpStabilized, decision.Conditions);
    }

    [TestMethod]
    [DataRow(100, 3, DisplayName = "a scale-up 100 s ago: the 300 s cooldown holds")]
    [DataRow(300, 6, DisplayName = "300 s ago: the cooldown is over")]
    public void ScaleUpCooldown_IsTheLeastTimeSinceTheLastScaleUp(int secondsAgo, int expected)
    {
        var policy = Windows with { Up = DirectionBehavior.DefaultUp };
        var inputs = Inputs(policy, 3, ("requests", 600)) with { Events = [Event(secondsAgo, 2, 3), Event(30, 4, 3)] };

        var decision = ScalingEngine.Decide(inputs);

        Assert.AreEqual(expected, decision.Desired, decision.Reason);
        Assert.AreEqual(expected == 3, decision.Conditions.Contains(DecisionConditions.ScaleUpCooldown));
        Assert.AreEqual(TimeSpan.FromSeconds(Math.Max(0, 300 - secondsAgo)), ScalingEngine.CooldownLeft(inputs.Events, Now, ScaleDirection.Up, policy));
    }

    [TestMethod]
    [DataRow(95.0, 5, DisplayName = "CPU at 95 %: saturated, the scale-up cooldown is skipped")]
    [DataRow(94.0, 3, DisplayName = "CPU at 94 %: not saturated, the cooldown holds")]
    public void SaturatedService_SkipsTheScaleUpCooldown(double cpu, int expected)
    {
        var policy = ScalingPolicy.Default with { Targets = [Cpu()] };
        var inputs = Inputs(policy, 3, ("cpu", cpu)) with { Events = [Event(60, 2, 3)] };

        var decision = ScalingEngine.Decide(inputs);

        Assert.AreEqual(expected, decision.Desired, decision.Reason);
        Assert.AreEqual(expected == 5, decision.Conditions.Contains(DecisionConditions.Saturated));
        Assert.AreEqual(3, ScalingEngine.Decide(inputs with { Policy = policy with { SaturatedAt = 0 } }).Desired, "0 turns the exception off");
    }

    [TestMethod]
    [DataRow(500, 6, DisplayName = "a scale-down 500 s ago: the 600 s cooldown holds")]
    [DataRow(601, 2, DisplayName = "601 s ago: down to 2")]
    public void ScaleDownCooldown_IsTheLeastTimeSinceTheLastScaleDown(int secondsAgo, int expected)
    {
        var policy = Plain(Requests()) with { Down = DirectionBehavior.DefaultDown with { StabilizationWindow = TimeSpan.Zero } };
        var inputs = Inputs(policy, 6, ("requests", 150)) with { Events = [Event(secondsAgo, 8, 6)] };

        var decision = ScalingEngine.Decide(inputs);

        Assert.AreEqual(expected, decision.Desired, decision.Reason);
        Assert.AreEqual(expected == 6, decision.Conditions.Contains(DecisionConditions.ScaleDownCooldown));
    }

    [TestMethod]
    public void ScaleUp_DuringAScaleDownCooldown_GoesAheadAtOnce()
    {
        var policy = Plain(Requests()) with { Down = DirectionBehavior.DefaultDown };
        var inputs = Inputs(policy, 3, ("requests", 500)) with { Events = [Event(60, 5, 3)] };

        Assert.AreEqual(5, ScalingEngine.Decide(inputs).Desired);
    }

    [TestMethod]
    [DataRow(2, 6, DisplayName = "default up policies from 2: max(+4, +100 %) = 6")]
    [DataRow(10, 20, DisplayName = "from 10: max(+4, +100 %) = 20")]
    public void ScaleUpRate_DefaultsToFourInstancesOrDoublingPer15s(int current, int expected)
    {
        var decision = ScalingEngine.Decide(Inputs(Windows, current, ("requests", 4000)));

        Assert.AreEqual(expected, decision.Desired);
        Assert.Contains(DecisionConditions.ScaleUpLimit, decision.Conditions);
    }

    [TestMethod]
    public void ScaleUpRate_CountsChangesWithinThePeriod()
    {
        // 2 → 6 ten seconds ago: the period started at 2, so the budget (max of 2+4, 2×2) is spent: hold.
        var inputs = Inputs(Windows, 6, ("requests", 2000)) with { Events = [Event(10, 2, 6)] };
        var later = inputs with { Now = Now.AddSeconds(10) };

        Assert.AreEqual(6, ScalingEngine.Decide(inputs).Desired);
        Assert.AreEqual(12, ScalingEngine.Decide(later).Desired, "15 s after the change the period starts from 6 again");
    }

    [TestMethod]
    public void SelectMin_PicksTheSmallestChange()
    {
        var policy = Windows with { Up = DirectionBehavior.DefaultUp with { Cooldown = TimeSpan.Zero, Select = PolicySelection.Min } };

        Assert.AreEqual(14, ScalingEngine.Decide(Inputs(policy, 10, ("requests", 4000))).Desired, "min(10 + 4, 10 × 2)");
    }

    [TestMethod]
    public void ScaleDownRate_PercentTruncatesAndInstancesSubtract()
    {
        var percent = Windows with { Down = new DirectionBehavior(0.1, TimeSpan.Zero, [new(RatePolicyType.Percent, 50, TimeSpan.FromMinutes(1))], PolicySelection.Max, TimeSpan.Zero) };
        var both = percent with { Down = percent.Down with { Policies = [new(RatePolicyType.Percent, 50, TimeSpan.FromMinutes(1)), new(RatePolicyType.Instances, 2, TimeSpan.FromMinutes(1))], Select = PolicySelection.Min } };

        Assert.AreEqual(4, ScalingEngine.Decide(Inputs(percent, 9, ("requests", 50))).Desired, "trunc(9 × 0.5) = 4");
        Assert.AreEqual(7, ScalingEngine.Decide(Inputs(both, 9, ("requests", 50))).Desired, "Min picks the smaller change: 9 − 2");
        Assert.AreEqual(9, ScalingEngine.Decide(Inputs(percent, 9, ("requests", 50)) with { Events = [Event(20, 18, 9)] }).Desired, "the period's budget is spent");
    }

    [TestMethod]
    public void DisabledDirection_HoldsTheCount()
    {
        var noDown = Windows with { Down = DirectionBehavior.DefaultDown with { Select = PolicySelection.Disabled } };
        var noUp = Windows with { Up = DirectionBehavior.DefaultUp with { Select = PolicySelection.Disabled } };

        var down = ScalingEngine.Decide(Inputs(noDown, 6, ("requests", 100)));
        var up = ScalingEngine.Decide(Inputs(noUp, 2, ("requests", 900)));

        Assert.AreEqual(6, down.Desired);
        Assert.Contains(DecisionConditions.ScaleDownDisabled, down.Conditions);
        Assert.AreEqual(2, up.Desired);
        Assert.Contains(DecisionConditions.ScaleUpDisabled, up.Conditions);
    }

    [TestMethod]
    public void SameInputs_GiveTheSameDecision()
    {
        var inputs = Inputs(ScalingPolicy.Default, 4, ("cpu", 91), ("memory", 40), ("requests", 610)) with
        {
            Recommendations = [Recommended(100, 5), Recommended(200, 7)],
            Events = [Event(400, 3, 4)],
        };

        var first = ScalingEngine.Decide(inputs);
        var second = ScalingEngine.Decide(inputs);

        Assert.AreEqual(first.Desired, second.Desired);
        Assert.AreEqual(first.Reason, second.Reason);
        Assert.AreSequenceEqual(first.Conditions.ToArray(), second.Conditions.ToArray());
        Assert.AreEqual(7, first.Desired);
    }
}
