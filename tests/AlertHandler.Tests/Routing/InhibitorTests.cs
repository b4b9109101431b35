using Functions.AlertHandler.Routing;
using static Functions.AlertHandler.Tests.Routing.TestAlerts;

namespace Functions.AlertHandler.Tests.Routing;

[TestClass]
public sealed class InhibitorTests
{
    private static readonly Inhibitor CriticalMutesWarning = RoutingConfigs.WithRoute("""{ "receiver": "root" }""", """
        [ { "source_matchers": ["severity=\"critical\""], "target_matchers": ["severity=\"warning\""], "equal": ["policy_id"] } ]
        """).Inhibitor();

    [TestMethod]
    public void InhibitedBy_FiringSourceWithEqualLabels_NamesRuleAndSource()
    {
        var source = Firing("src", "severity=critical", "policy_id=p1");
        var target = Firing("tgt", "severity=warning", "policy_id=p1");

        var inhibition = CriticalMutesWarning.InhibitedBy(target, [source, target]);

        Assert.IsNotNull(inhibition);
        Assert.AreEqual(0, inhibition.Rule.Index);
        Assert.AreEqual("src", inhibition.Source.Fingerprint);
    }

    [TestMethod]
    public void IsInhibited_DifferentEqualLabel_IsFalse()
    {
        var source = Firing("src", "severity=critical", "policy_id=p1");
        var target = Firing("tgt", "severity=warning", "policy_id=p2");

        Assert.IsFalse(CriticalMutesWarning.IsInhibited(target, [source]));
    }

    [TestMethod]
    public void IsInhibited_EqualLabelMissingOnBoth_CountsAsEqual()
    {
        var source = Firing("src", "severity=critical");
        var target = Firing("tgt", "severity=warning", "policy_id=");

        Assert.IsTrue(CriticalMutesWarning.IsInhibited(target, [source]));
    }

    [TestMethod]
    public void IsInhibited_ResolvedSource_DoesNotInhibit()
    {
        var source = Resolved("src", "severity=critical", "policy_id=p1");
        var target = Firing("tgt", "severity=warning", "policy_id=p1");

        Assert.IsFalse(CriticalMutesWarning.IsInhibited(target, [source]));
    }

    [TestMethod]
    public void IsInhibited_TargetNotMatchingTargetMatchers_IsFalse()
    {
        var source = Firing("src", "severity=critical", "policy_id=p1");
        var other = Firing("other", "severity=critical", "policy_id=p1");

        Assert.IsFalse(CriticalMutesWarning.IsInhibited(other, [source]));
    }

    [TestMethod]
    public void IsInhibited_BothSidesMatchingEachOther_NeitherIsInhibited()
    {
        // Any alert of the stack mutes its warnings: two alerts matching both sides must not mute each other.
        var inhibitor = RoutingConfigs.WithRoute("""{ "receiver": "root" }""", """
            [ { "source_matchers": ["stack=\"si\""], "target_matchers": ["severity=~\"warning|critical\""], "equal": ["policy_id"] } ]
            """).Inhibitor();
        var one = Firing("one", "stack=si", "severity=warning", "policy_id=p1");
        var two = Firing("two", "stack=si", "severity=critical", "policy_id=p1");
        var sourceOnly = Firing("src", "stack=si", "policy_id=p1");

        Assert.IsFalse(inhibitor.IsInhibited(one, [one, two]));
        Assert.IsFalse(inhibitor.IsInhibited(two, [one, two]));
        Assert.IsTrue(inhibitor.IsInhibited(one, [one, two, sourceOnly]));
    }

    [TestMethod]
    public void IsInhibited_AlertMatchingBothSides_DoesNotInhibitItself()
    {
        var inhibitor = RoutingConfigs.WithRoute("""{ "receiver": "root" }""", """
            [ { "source_matchers": ["stack=\"si\""], "target_matchers": ["stack=\"si\""] } ]
            """).Inhibitor();
        var alone = Firing("a", "stack=si");

        Assert.IsFalse(inhibitor.IsInhibited(alone, [alone]));
    }
}
