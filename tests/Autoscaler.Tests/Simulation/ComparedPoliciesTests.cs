using Functions.Autoscaler.Policy;
using Functions.Autoscaler.Simulation.Policies;

namespace Functions.Autoscaler.Tests.Simulation;

[TestClass]
public sealed class ComparedPoliciesTests
{
    [TestMethod]
    public void All_AreValidPoliciesWithTheSameBounds()
    {
        var all = ComparedPolicies.All(ScalingPolicy.Default, 2, 7);

        Assert.AreSequenceEqual(new[] { "ours", "threshold", "hpa" }, all.Select(c => c.Name).ToArray());
        Assert.IsTrue(all.All(c => c.Policy.Problems().Count == 0));
        Assert.IsTrue(all.All(c => (c.Policy.MinInstances, c.Policy.MaxInstances) == (2, 7)));
    }

    [TestMethod]
    public void Threshold_IsAnHpaOnCpu60WithKubernetesDefaultBehavior()
    {
        var policy = ComparedPolicies.Threshold(1, 10).Policy;

        Assert.AreEqual(new MetricTarget("cpu", MetricKind.Utilization, 60), policy.Targets.Single());
        Assert.AreEqual(TimeSpan.Zero, policy.Up.StabilizationWindow);
        Assert.AreEqual(TimeSpan.FromSeconds(300), policy.Down.StabilizationWindow);
        Assert.AreEqual((TimeSpan.Zero, TimeSpan.Zero), (policy.Up.Cooldown, policy.Down.Cooldown));
        Assert.AreEqual("cpu 60 %; 1..10 instances; up: tolerance 0.1, window 0 s, +4 per 15 s or +100 % per 15 s, cooldown 0 s; " +
            "down: tolerance 0.1, window 300 s, −100 % per 15 s, cooldown 0 s", PolicyText.Describe(policy));
    }

    [TestMethod]
    public void Hpa_HasNoWindowsAndNoCooldowns()
    {
        var policy = ComparedPolicies.Hpa(1, 10).Policy;

        Assert.AreEqual(70.0, policy.Targets.Single().Target);
        Assert.AreEqual((TimeSpan.Zero, TimeSpan.Zero), (policy.Up.StabilizationWindow, policy.Down.StabilizationWindow));
        Assert.AreEqual((TimeSpan.Zero, TimeSpan.Zero), (policy.Up.Cooldown, policy.Down.Cooldown));
        Assert.AreEqual((0.1, 0.1), (policy.Up.Tolerance, policy.Down.Tolerance));
    }
}
