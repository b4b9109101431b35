using Functions.AlertHandler.Routing;
using static Functions.AlertHandler.Tests.Routing.TestAlerts;

namespace Functions.AlertHandler.Tests.Routing;

[TestClass]
public sealed class AlertRouterTests
{
    private static readonly AlertRouter Router = RoutingConfigs.WithRoute("""
        {
          "receiver": "root", "group_by": ["alertname"],
          "routes": [
            { "matchers": ["severity=\"critical\""], "receiver": "a", "continue": true, "group_by": ["alertname", "policy_id"] },
            { "matchers": ["team=\"db\""], "receiver": "b",
              "routes": [
                { "matchers": ["alertname=~\"Postgres.*\""], "receiver": "c" },
                { "matchers": ["alertname=~\"Postgres.*|Redis.*\""], "receiver": "a" }
              ] },
            { "matchers": ["team=~\"db|web\""], "receiver": "c" }
          ]
        }
        """).Router();

    [TestMethod]
    public void Match_NothingBelowMatches_StaysOnTheRoot()
    {
        var matches = Router.Match(Firing("f", "alertname=Other"));

        Assert.HasCount(1, matches);
        Assert.AreEqual("0", matches[0].RouteId);
        Assert.AreEqual("root", matches[0].Receiver);
    }

    [TestMethod]
    public void Match_FirstMatchingChild_Wins()
    {
        var matches = Router.Match(Firing("f", "alertname=Web", "team=db"));

        // The db route matches but none of its children does: the alert stays on the db route, not the later team=~ route.
        Assert.AreSequenceEqual(new[] { "0.1" }, matches.Select(m => m.RouteId).ToArray());
        Assert.AreEqual("b", matches[0].Receiver);
    }

    [TestMethod]
    public void Match_Continue_GoesOnToTheNextSibling()
    {
        var matches = Router.Match(Firing("f", "alertname=Web", "severity=critical", "team=web"));

        Assert.AreSequenceEqual(new[] { "0.0", "0.2" }, matches.Select(m => m.RouteId).ToArray());
    }

    [TestMethod]
    public void Match_Nested_TakesTheFirstMatchingGrandchild()
    {
        var matches = Router.Match(Firing("f", "alertname=PostgresDown", "team=db"));

        Assert.AreSequenceEqual(new[] { "0.1.0" }, matches.Select(m => m.RouteId).ToArray());
        Assert.AreEqual("c", matches[0].Receiver);
        Assert.AreEqual("route.routes[1].routes[0]", matches[0].Route.Path);
    }

    [TestMethod]
    public void Match_ChildInheritsGroupBy_ForItsGroupKey()
    {
        var matches = Router.Match(Firing("f", "alertname=RedisDown", "team=db", "instance=r1"));

        Assert.AreEqual("0.1.1", matches[0].RouteId);
        Assert.AreEqual("0.1.1:{alertname=\"RedisDown\"}", matches[0].GroupKey.Text);
    }

    [TestMethod]
    public void GroupKey_LabelOrder_DoesNotMatter()
    {
        var one = Router.Match(Firing("f1", "alertname=A", "severity=critical", "policy_id=p1", "x=1"))[0].GroupKey;
        var two = Router.Match(Firing("f2", "x=2", "policy_id=p1", "severity=critical", "alertname=A"))[0].GroupKey;

        Assert.AreEqual(one, two);
        Assert.AreEqual(one.Hash, two.Hash);
        Assert.AreEqual("0.0:{alertname=\"A\", policy_id=\"p1\"}", one.Text);
        Assert.AreEqual(64, one.Hash.Length);
    }

    [TestMethod]
    public void GroupKey_DifferentGroupValuesOrRoutes_Differ()
    {
        var byPolicy1 = GroupKey.For("0.0", GroupBy.By(["alertname", "policy_id"]), Labels("alertname=A", "policy_id=p1"));
        var byPolicy2 = GroupKey.For("0.0", GroupBy.By(["alertname", "policy_id"]), Labels("alertname=A", "policy_id=p2"));
        var otherRoute = GroupKey.For("0.1", GroupBy.By(["alertname", "policy_id"]), Labels("alertname=A", "policy_id=p1"));

        Assert.AreNotEqual(byPolicy1.Hash, byPolicy2.Hash);
        Assert.AreNotEqual(byPolicy1.Hash, otherRoute.Hash);
    }

    [TestMethod]
    public void GroupKey_AllLabels_IsOneGroupPerLabelSet()
    {
        var a = GroupKey.For("0", GroupBy.AllLabels, Labels("alertname=A", "instance=1"));
        var b = GroupKey.For("0", GroupBy.AllLabels, Labels("instance=2", "alertname=A"));
        var nothing = GroupKey.For("0", GroupBy.Nothing, Labels("alertname=A", "instance=1"));

        Assert.AreEqual("0:{alertname=\"A\", instance=\"1\"}", a.Text);
        Assert.AreNotEqual(a, b);
        Assert.AreEqual("0:{}", nothing.Text);
    }

    [TestMethod]
    public void GroupKey_MissingAndEmptyLabel_AreTheSameGroup()
    {
        var missing = GroupKey.For("0", GroupBy.By(["alertname", "policy_id"]), Labels("alertname=A"));
        var empty = GroupKey.For("0", GroupBy.By(["alertname", "policy_id"]), Labels("alertname=A", "policy_id="));

        Assert.AreEqual(missing, empty);
    }

    private static Dictionary<string, string> Labels(params string[] labels) =>
        labels.Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
