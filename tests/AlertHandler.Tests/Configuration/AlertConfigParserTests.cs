using Functions.AlertHandler.Configuration;
using Functions.AlertHandler.Routing;

namespace Functions.AlertHandler.Tests.Configuration;

[TestClass]
public sealed class AlertConfigParserTests
{
    private const string Valid = """
        {
          "route": { "receiver": "oncall", "group_by": ["alertname","policy_id"], "group_wait": "30s", "group_interval": "5m", "repeat_interval": "4h",
                     "actions": [ {"type":"notify"} ],
                     "routes": [ { "matchers": ["severity=\"critical\"", "metric=~\"cpu.*|mem.*\""], "receiver": "oncall", "continue": false,
                                   "actions": [ {"type":"scale_up","step":2,"cooldown":"10m"}, {"type":"restart","cooldown":"30m"}, {"type":"backup","cooldown":"6h"}, {"type":"notify"} ],
                                   "routes": [ { "matchers": ["policy_id=\"p1\""], "receiver": "team", "group_wait": "1h30m" } ] },
                                 { "matchers": ["severity=\"warning\""], "group_by": ["..."], "actions": [ {"type":"scale_up", "dry_run": false}, {"type":"restart"} ] } ] },
          "receivers": [ { "name": "oncall", "wecom": [{"url_env":"WECOM_ONCALL_URL"}],
                           "dingtalk": [{"url_env":"DINGTALK_URL","secret_env":"DINGTALK_SECRET","mentions":["13800000000"]}],
                           "feishu": [{"url_env":"FEISHU_URL","secret_env":"FEISHU_SECRET"}], "webhook": [{"url_env":"HOOK_URL","send_resolved":false}] },
                         { "name": "team" } ],
          "inhibit_rules": [ { "source_matchers": ["severity=\"critical\""], "target_matchers": ["severity=\"warning\""], "equal": ["policy_id"] } ],
          "actions": { "dry_run": true }
        }
        """;

    [TestMethod]
    public void Parse_Valid_BuildsTreeReceiversAndRules()
    {
        var config = AlertConfigParser.Parse(Valid);

        Assert.AreEqual("0", config.Route.Id);
        Assert.AreEqual("oncall", config.Route.Settings.Receiver);
        Assert.AreSequenceEqual(new[] { "alertname", "policy_id" }, config.Route.Settings.GroupBy.Labels.ToArray());
        Assert.HasCount(2, config.Route.Children);
        Assert.AreEqual("0.0.0", config.Route.Children[0].Children[0].Id);
        Assert.HasCount(2, config.Receivers);
        var oncall = config.Receiver("oncall");
        Assert.AreSequenceEqual(
            new[] { "wecom[0]", "dingtalk[0]", "feishu[0]", "webhook[0]" }, oncall.Channels.Select(c => c.Path).ToArray());
        Assert.AreEqual("DINGTALK_SECRET", oncall.Channels[1].SecretEnv);
        Assert.IsTrue(oncall.Channels[0].SendResolved);
        Assert.IsFalse(oncall.Channels[3].SendResolved);
        Assert.HasCount(1, config.InhibitRules);
        Assert.IsTrue(config.DryRun);
    }

    [TestMethod]
    public void Parse_Actions_DefaultCooldownsStepAndDryRun()
    {
        var config = AlertConfigParser.Parse(Valid);
        var critical = config.Route.Children[0].Actions;
        var warning = config.Route.Children[1].Actions;

        Assert.AreEqual(new RouteAction(ActionType.ScaleUp, 2, TimeSpan.FromMinutes(10), true), critical[0]);
        Assert.AreEqual(TimeSpan.FromHours(6), critical[2].Cooldown);
        Assert.AreEqual(new RouteAction(ActionType.ScaleUp, 1, TimeSpan.FromMinutes(10), false), warning[0]);
        Assert.AreEqual(new RouteAction(ActionType.Restart, 0, TimeSpan.FromMinutes(30), true), warning[1]);
    }

    [TestMethod]
    public void Parse_Children_InheritReceiverGroupByAndTimers_ButNotActions()
    {
        var config = AlertConfigParser.Parse(Valid);
        var warning = config.Route.Children[1];
        var grandchild = config.Route.Children[0].Children[0];

        Assert.AreEqual("oncall", warning.Settings.Receiver);
        Assert.IsTrue(warning.Settings.GroupBy.All);
        Assert.AreEqual(config.Route.Settings.Timers, warning.Settings.Timers);
        Assert.AreEqual("team", grandchild.Settings.Receiver);
        Assert.AreEqual(TimeSpan.FromMinutes(90), grandchild.Settings.Timers.GroupWait);
        Assert.AreEqual(TimeSpan.FromHours(4), grandchild.Settings.Timers.RepeatInterval);
        Assert.AreSequenceEqual(new[] { "alertname", "policy_id" }, grandchild.Settings.GroupBy.Labels.ToArray());
        Assert.IsEmpty(grandchild.Actions);
    }

    [TestMethod]
    public void Parse_NoTimers_UsesAlertmanagerDefaults()
    {
        var config = AlertConfigParser.Parse("""{ "route": { "receiver": "r" }, "receivers": [ { "name": "r" } ] }""");

        Assert.AreEqual(new AlertHandler.Grouping.GroupTimers(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), TimeSpan.FromHours(4)), config.Route.Settings.Timers);
        Assert.IsFalse(config.Route.Settings.GroupBy.All);
        Assert.IsEmpty(config.Route.Settings.GroupBy.Labels);
        Assert.IsFalse(config.DryRun);
    }

    [TestMethod]
    [DataRow("""{ "receivers": [] }""", "route: required")]
    [DataRow("""{ "route": { "group_by": [] }, "receivers": [] }""", "route.receiver: required")]
    [DataRow("""{ "route": { "receiver": "r", "matchers": ["a=\"b\""] }, "receivers": [ { "name": "r" } ] }""", "route.matchers: the root route must match every alert")]
    [DataRow("""{ "route": { "receiver": "nobody" }, "receivers": [ { "name": "r" } ] }""", "route.receiver: 'nobody' is not defined in receivers")]
    [DataRow("""{ "route": { "receiver": "r", "routes": [ { "matchers": ["a=\"b\"", "c=~\"(\""] } ] }, "receivers": [ { "name": "r" } ] }""", "route.routes[0].matchers[1]: invalid regular expression")]
    [DataRow("""{ "route": { "receiver": "r", "routes": [ { "receiver": "x" } ] }, "receivers": [ { "name": "r" } ] }""", "route.routes[0].receiver: 'x' is not defined in receivers")]
    [DataRow("""{ "route": { "receiver": "r", "group_wait": "30 seconds" }, "receivers": [ { "name": "r" } ] }""", "route.group_wait: '30 seconds' is not a duration")]
    [DataRow("""{ "route": { "receiver": "r", "group_interval": "0s" }, "receivers": [ { "name": "r" } ] }""", "route.group_interval: must be greater than zero")]
    [DataRow("""{ "route": { "receiver": "r", "group_by": ["...", "alertname"] }, "receivers": [ { "name": "r" } ] }""", "route.group_by: \"...\" groups by all labels and must be the only entry")]
    [DataRow("""{ "route": { "receiver": "r", "group_by": ["alert-name"] }, "receivers": [ { "name": "r" } ] }""", "route.group_by[0]: 'alert-name' is not a label name")]
    [DataRow("""{ "route": { "receiver": "r", "routes": [ { "actions": [ {"type":"reboot"} ] } ] }, "receivers": [ { "name": "r" } ] }""", "route.routes[0].actions[0].type: 'reboot' is not an action")]
    [DataRow("""{ "route": { "receiver": "r", "actions": [ {"type":"scale_up","step":0} ] }, "receivers": [ { "name": "r" } ] }""", "route.actions[0].step: must be at least 1")]
    [DataRow("""{ "route": { "receiver": "r", "actions": [ {"type":"restart","step":2} ] }, "receivers": [ { "name": "r" } ] }""", "route.actions[0].step: only scale_up takes a step")]
    [DataRow("""{ "route": { "receiver": "r", "actions": [ {"type":"backup","cooldown":"6 hours"} ] }, "receivers": [ { "name": "r" } ] }""", "route.actions[0].cooldown: '6 hours' is not a duration")]
    [DataRow("""{ "route": { "receiver": "r", "actions": [ {"type":"notify"}, {"type":"notify"} ] }, "receivers": [ { "name": "r" } ] }""", "route.actions[1].type: 'notify' is listed twice")]
    [DataRow("""{ "route": { "receiver": "r" }, "receivers": [ { "name": "r" }, { "name": "r" } ] }""", "receivers[1].name: 'r' is defined twice")]
    [DataRow("""{ "route": { "receiver": "r" }, "receivers": [ { "name": "r", "wecom": [ {} ] } ] }""", "receivers[0].wecom[0].url_env: required")]
    [DataRow("""{ "route": { "receiver": "r" }, "receivers": [ { "name": "r", "wecom": [ {"url_env":"https://qyapi"} ] } ] }""", "receivers[0].wecom[0].url_env: 'https://qyapi' is not an environment variable name")]
    [DataRow("""{ "route": { "receiver": "r" }, "receivers": [ { "name": "r", "wecom": [ {"url_env":"U","secret_env":"S"} ] } ] }""", "receivers[0].wecom[0].secret_env: wecom is not signed")]
    [DataRow("""{ "route": { "receiver": "r" }, "receivers": [ { "name": "r", "webhook": [ {"url_env":"U","mentions":["1"]} ] } ] }""", "receivers[0].webhook[0].mentions: a webhook cannot @ anyone")]
    [DataRow("""{ "route": { "receiver": "r" }, "receivers": [ { "name": "r" } ], "inhibit_rules": [ { "source_matchers": ["a=\"1\""], "target_matchers": [] } ] }""", "inhibit_rules[0].target_matchers: at least one matcher is required")]
    [DataRow("""{ "route": { "receiver": "r" }, "receivers": [ { "name": "r" } ], "inhibit_rules": [ { "source_matchers": ["a=\"1\""], "target_matchers": ["b"] } ] }""", "inhibit_rules[0].target_matchers[0]: 'b' is not a matcher")]
    [DataRow("""{ "route": { "receiver": "r" }, "receivers": [ { "name": "r" } ], "inhibit_rules": [ { "source_matchers": ["a=\"1\""], "target_matchers": ["b=\"2\""], "equal": ["x y"] } ] }""", "inhibit_rules[0].equal[0]: 'x y' is not a label name")]
    public void Parse_Invalid_NamesThePath(string json, string expected)
    {
        var e = Assert.ThrowsExactly<AlertConfigException>(() => AlertConfigParser.Parse(json));

        Assert.Contains(p => p.StartsWith(expected, StringComparison.Ordinal), e.Problems, string.Join(" | ", e.Problems));
    }

    [TestMethod]
    [DataRow("""{ "route": { "receiver": "r", "group_wiat": "30s" }, "receivers": [ { "name": "r" } ] }""", "route.group_wiat: unknown key")]
    [DataRow("""{ "route": { "receiver": "r", "routes": [ { "matcher": [] } ] }, "receivers": [ { "name": "r" } ] }""", "route.routes[0].matcher: unknown key")]
    [DataRow("""{ "route": { "receiver": "r" }, "receivers": [ { "name": "r", "wecom": [ {"url":"https://x"} ] } ] }""", "receivers[0].wecom[0].url: unknown key")]
    [DataRow("""{ "route": { "receiver": "r" }, "receivers": [ { "name": "r", "slack": [] } ] }""", "receivers[0].slack: unknown key")]
    [DataRow("""{ "route": { "receiver": "r" }, "receivers": [], "actions": { "dry_run": "yes" } }""", "actions.dry_run: a value of the wrong type")]
    [DataRow("""{ "route": { "receiver": "r", "receiver": "s" }, "receivers": [] }""", "route.receiver: duplicate key")]
    [DataRow("""{ "route": """, "route: malformed JSON")]
    [DataRow("""{ "route": { "receiver": "r", "routes": { } }, "receivers": [] }""", "route.routes: a value of the wrong type")]
    public void Parse_BadJson_NamesThePath(string json, string expected)
    {
        var e = Assert.ThrowsExactly<AlertConfigException>(() => AlertConfigParser.Parse(json));

        Assert.HasCount(1, e.Problems);
        Assert.StartsWith(expected, e.Problems[0]);
        Assert.DoesNotContain("Functions.", e.Problems[0]);
    }

    [TestMethod]
    public void Parse_SeveralProblems_ReportsAllAtOnce()
    {
        var e = Assert.ThrowsExactly<AlertConfigException>(() => AlertConfigParser.Parse(
            """{ "route": { "receiver": "x", "group_wait": "soon" }, "receivers": [ { "name": "r", "wecom": [ {} ] } ] }"""));

        Assert.HasCount(3, e.Problems);
        Assert.StartsWith("3 problems: ", e.Message);
    }

    [TestMethod]
    public void Parse_Stream_ReadsUtf8()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Valid));

        var config = AlertConfigParser.Parse(stream);

        Assert.AreEqual("oncall", config.Route.Settings.Receiver);
    }
}
