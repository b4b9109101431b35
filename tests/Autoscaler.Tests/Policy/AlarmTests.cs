using Functions.Autoscaler.Policy;
using static Functions.Autoscaler.Tests.Policy.Scenario;

namespace Functions.Autoscaler.Tests.Policy;

/// <summary>Scale requests forwarded from alarms: their own step and cooldown, de-duplicated by alarm id.</summary>
[TestClass]
public sealed class AlarmTests
{
    private static readonly ScalingPolicy Policy = ScalingPolicy.Default with { Targets = [Cpu()] };

    [TestMethod]
    public void AlarmUp_AddsItsStep_EvenDuringTheMetricsCooldown()
    {
        var inputs = Inputs(Policy, 3, ("cpu", 72)) with
        {
            Alarm = new AlarmRequest("alarm-42", ScaleDirection.Up, "5xx rate above 5 %"),
            Events = [Event(100, 2, 3)],
        };

        var decision = ScalingEngine.Decide(inputs);

        Assert.AreEqual(4, decision.Desired);
        Assert.AreEqual(ScaleTrigger.Alarm, decision.Trigger);
        Assert.Contains(DecisionConditions.AlarmScale, decision.Conditions);
        Assert.StartsWith("scale up 3 → 4; alarm alarm-42 asked for up ('5xx rate above 5 %')", decision.Reason);
        Assert.AreEqual(ScaleTrigger.Alarm, decision.ToEvent()!.Trigger);
    }

    [TestMethod]
    public void AlarmUp_WhenTheMetricsAskForMore_TakesTheirCount_WithoutWaitingForTheMetricsCooldown()
    {
        var inputs = Inputs(Policy, 3, ("cpu", 140)) with { Alarm = new AlarmRequest("a", ScaleDirection.Up, null), Events = [Event(60, 2, 3)] };

        var decision = ScalingEngine.Decide(inputs);

        Assert.AreEqual(6, decision.Desired);
        Assert.AreEqual(ScaleTrigger.Alarm, decision.Trigger);
        Assert.Contains("cpu 140 % vs 70 % → 6", decision.Reason);
    }

    [TestMethod]
    public void DuplicateAlarm_IsIgnored()
    {
        var inputs = Inputs(Policy, 3, ("cpu", 72)) with { Alarm = new AlarmRequest("alarm-42", ScaleDirection.Up, null), TakenAlarmIds = ["alarm-42"] };

        var decision = ScalingEngine.Decide(inputs);

        Assert.AreEqual(3, decision.Desired);
        Assert.Contains(DecisionConditions.DuplicateAlarm, decision.Conditions);
    }

    [TestMethod]
    [DataRow(60, 3, DisplayName = "an alarm scale-up 60 s ago: the 120 s alarm cooldown holds")]
    [DataRow(120, 4, DisplayName = "120 s ago: another step")]
    public void AlarmCooldown_CountsOnlyAlarmDrivenChanges(int secondsAgo, int expected)
    {
        var inputs = Inputs(Policy, 3, ("cpu", 72)) with
        {
            Alarm = new AlarmRequest("alarm-43", ScaleDirection.Up, null),
            Events = [Event(secondsAgo, 2, 3, ScaleTrigger.Alarm)],
        };

        Assert.AreEqual(expected, ScalingEngine.Decide(inputs).Desired);
    }

    [TestMethod]
    public void AlarmUp_StillRespectsTheMaximum()
    {
        var inputs = Inputs(Policy, 10, ("cpu", 72)) with { Alarm = new AlarmRequest("a", ScaleDirection.Up, null) };

        var decision = ScalingEngine.Decide(inputs);

        Assert.AreEqual(10, decision.Desired);
        Assert.Contains(DecisionConditions.TooManyReplicas, decision.Conditions);
    }
}
