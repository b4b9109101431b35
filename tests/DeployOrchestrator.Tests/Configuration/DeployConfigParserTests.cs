using Functions.DeployOrchestrator.Configuration;
using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.Tests.Configuration;

[TestClass]
public sealed class DeployConfigParserTests
{
    private const string Minimal = """
        { "services": [ { "name": "api", "repositories": ["si/api"], "tags": ["v*"],
            "healthChecks": { "h": { "url": "http://{version}.svc/health" } },
            "analyses": { "a": { "metrics": [ { "name": "m", "query": "q", "max": 1 } ] } },
            "strategy": { "canary": { "steps": [ { "healthCheck": "h" }, { "setWeight": 20 }, { "pause": { "duration": "1m" } }, { "analysis": "a" }, { "pause": {} } ] } } } ] }
        """;

    [TestMethod]
    public void Parse_Minimal_AppliesDocumentedDefaults()
    {
        var service = DeployConfigParser.Parse(Minimal).Services.Single();

        Assert.AreEqual(TimeSpan.FromMinutes(10), service.ProgressDeadline);
        Assert.AreEqual(
            new HealthCheck("h", "http://{version}.svc/health", 200, null, null, 1, 0, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(2)),
            service.HealthChecks["h"]);
        var analysis = service.Analyses["a"];
        Assert.AreEqual((TimeSpan.FromMinutes(1), 1, TimeSpan.Zero, InconclusiveAction.Pause), (analysis.Interval, analysis.Count, analysis.InitialDelay, analysis.InconclusiveAction));
        Assert.AreEqual(new AnalysisMetric("m", "q", null, 1, 0, 0, 4, NoDataPolicy.Fail), analysis.Metrics.Single());
        Assert.AreEqual(StrategyKind.Canary, service.Strategy);
        Assert.AreEqual(new PauseStep(TimeSpan.FromMinutes(1)), service.Steps[2]);
        Assert.AreEqual(new PauseStep(null), service.Steps[4]);
        Assert.AreEqual(new SetWeightStep(20), service.Steps[1]);
        Assert.AreSame(analysis, ((AnalysisStep)service.Steps[3]).Analysis);
    }

    [TestMethod]
    public void Parse_SameConfigTwice_SameStepHash()
    {
        var first = DeployConfigParser.Parse(Minimal).Services.Single();
        var second = DeployConfigParser.Parse(Minimal).Services.Single();
        var changed = DeployConfigParser.Parse(Minimal.Replace("\"setWeight\": 20", "\"setWeight\": 25", StringComparison.Ordinal)).Services.Single();

        Assert.AreEqual(first.StepHash, second.StepHash);
        Assert.AreEqual(StepHasher.Hash(first.Steps), first.StepHash);
        Assert.AreNotEqual(first.StepHash, changed.StepHash);
        Assert.HasCount(64, first.StepHash);
    }

    [TestMethod]
    public void Parse_BlueGreen_CompilesToGatePromotionAndKeepWarm()
    {
        var json = Minimal.Replace(
            "\"canary\": { \"steps\": [ { \"healthCheck\": \"h\" }, { \"setWeight\": 20 }, { \"pause\": { \"duration\": \"1m\" } }, { \"analysis\": \"a\" }, { \"pause\": {} } ] }",
            "\"blueGreen\": { \"healthChecks\": [\"h\"], \"prePromotionAnalysis\": \"a\", \"autoPromotionAfter\": null, \"postPromotionAnalysis\": \"a\", \"scaleDownDelay\": \"15m\" }",
            StringComparison.Ordinal);

        var service = DeployConfigParser.Parse(json).Services.Single();

        Assert.AreEqual(StrategyKind.BlueGreen, service.Strategy);
        var a = service.Analyses["a"];
        Assert.AreSequenceEqual(
            new RunStep[] { new HealthCheckStep(service.HealthChecks["h"]), new AnalysisStep(a), new PauseStep(null), new SetWeightStep(100), new AnalysisStep(a), new KeepWarmStep(TimeSpan.FromMinutes(15)) },
            service.Steps);
    }

    [TestMethod]
    public void Parse_BlueGreenAutoPromotion_TimedGateAndDefaultScaleDown()
    {
        var json = """
            { "services": [ { "name": "w", "repositories": ["si/w"], "tags": ["*"], "strategy": { "blueGreen": { "autoPromotionAfter": "5m" } } } ] }
            """;

        var steps = DeployConfigParser.Parse(json).Services.Single().Steps;

        Assert.AreSequenceEqual(new RunStep[] { new PauseStep(TimeSpan.FromMinutes(5)), new SetWeightStep(100), new KeepWarmStep(TimeSpan.FromMinutes(10)) }, steps);
    }

    public static IEnumerable<object[]> Errors() =>
    [
        ["""{ "services": [] }""", "services: at least one service is required"],
        ["""{ "services": [ { "name": "a", "repositories": ["r"], "tags": ["t"], "strategy": { "canary": { "steps": [ { "setWeight": 1 } ] } } }, { "name": "a", "repositories": ["r"], "tags": ["t"], "strategy": { "canary": { "steps": [ { "setWeight": 1 } ] } } } ] }""",
            "services[1].name: 'a' is defined twice"],
        [Service("\"repositories\": [\"r{a\"]"), "services[0].repositories[0]: 'r{a': '{' without '}'"],
        [Service("\"tags\": []"), "services[0].tags: at least one tag pattern is required"],
        [Service("\"progressDeadline\": \"10\""), "services[0].progressDeadline: '10' is not a duration"],
        [Service("\"progressDeadline\": \"0s\""), "services[0].progressDeadline: must be more than zero"],
        [Steps("{ \"setWeight\": 101 }"), "services[0].strategy.canary.steps[0].setWeight: must be 0–100, not 101"],
        [Steps("{ \"setWeight\": 50 }, { \"setWeight\": 20 }"), "services[0].strategy.canary.steps[1].setWeight: 20 is below the previous weight 50"],
        [Steps("{ \"setWeight\": 5, \"pause\": {} }"), "services[0].strategy.canary.steps[0]: a step has exactly one of"],
        [Steps("{ \"pause\": 5 }"), "services[0].strategy.canary.steps[0].pause: a duration"],
        [Steps("{ \"pause\": { \"for\": \"1m\" } }"), "services[0].strategy.canary.steps[0].pause.for: unknown key"],
        [Steps("{ \"healthCheck\": \"nope\" }"), "services[0].strategy.canary.steps[0].healthCheck: no health check 'nope' in the service's healthChecks (defined: h)"],
        [Steps("{ \"analysis\": \"nope\" }"), "services[0].strategy.canary.steps[0].analysis: no analysis 'nope' in the service's analyses (defined: a)"],
        [Steps("{ \"setWeight\": 5 }").Replace("\"url\": \"http://x/{version}\"", "\"url\": \"ftp://x\"", StringComparison.Ordinal), "services[0].healthChecks.h.url: 'ftp://x' is not an absolute http(s) URL"],
        [Steps("{ \"setWeight\": 5 }").Replace("\"max\": 1", "\"failureLimit\": 1", StringComparison.Ordinal), "services[0].analyses.a.metrics[0]: needs min or max"],
        [Steps("{ \"setWeight\": 5 }").Replace("\"max\": 1", "\"max\": 1, \"noData\": \"ignore\"", StringComparison.Ordinal), "services[0].analyses.a.metrics[0].noData: 'ignore' is not one of fail, inconclusive, pass"],
        [Steps("{ \"setWeight\": 5 }").Replace("\"metrics\"", "\"count\": 0, \"metrics\"", StringComparison.Ordinal), "services[0].analyses.a.count: must be at least 1, not 0"],
        [Steps("{ \"setWeight\": 5 }").Replace("\"metrics\"", "\"inconclusive\": \"wait\", \"metrics\"", StringComparison.Ordinal), "services[0].analyses.a.inconclusive: 'wait' is not one of pause, fail"],
        [Steps("{ \"setWeight\": 5 }").Replace("\"url\"", "\"jsonField\": \"status\", \"url\"", StringComparison.Ordinal), "services[0].healthChecks.h: jsonField and expectValue go together"],
        [Steps("{ \"setWeight\": 5 }").Replace("\"url\"", "\"timeout\": \"-1s\", \"url\"", StringComparison.Ordinal), "services[0].healthChecks.h.timeout: '-1s' is not a duration"],
        [Service("\"strategy\": { }"), "services[0].strategy: exactly one of canary or blueGreen is required"],
        [Service("\"strategy\": { \"blueGreen\": { \"prePromotionAnalysis\": \"x\" } }"), "services[0].strategy.blueGreen.prePromotionAnalysis: no analysis 'x'"],
        [Service("\"stratgy\": { }"), "services[0].stratgy: unknown key"],
        [Service("\"progressDeadline\": 10"), "services[0].progressDeadline: a value of the wrong type"],
        ["""{ "services": [ ], "notify": { "receivers": [ { "kind": "sms", "url_env": "X" } ] } }""", "notify.receivers[0].kind: 'sms' is not one of wecom, webhook, dingtalk, feishu"],
        ["""{ "services": [ ], "notify": { "receivers": [ { "kind": "wecom", "url_env": "X", "secret_env": "Y" } ] } }""", "notify.receivers[0].secret_env: wecom is not signed"],
        ["""{ "services": [ ], "notify": { "receivers": [ { "kind": "webhook", "url_env": "https://hook" } ] } }""", "notify.receivers[0].url_env: 'https://hook' is not an environment variable name"],
        ["""{ "services": [ ], "notify": { "receivers": [ { "kind": "webhook" } ] } }""", "notify.receivers[0].url_env: required"],
    ];

    [TestMethod]
    [DynamicData(nameof(Errors))]
    public void Parse_Invalid_NamesThePath(string json, string expected)
    {
        var e = Assert.Throws<DeployConfigException>(() => DeployConfigParser.Parse(json));

        Assert.Contains(p => p.StartsWith(expected, StringComparison.Ordinal), e.Problems, $"expected '{expected}' in: {string.Join(" | ", e.Problems)}");
    }

    [TestMethod]
    public void Parse_ManyProblems_ReportsThemAllAtOnce()
    {
        var e = Assert.Throws<DeployConfigException>(() => DeployConfigParser.Parse(Steps("{ \"setWeight\": 101 }, { \"healthCheck\": \"x\" }").Replace("\"tags\": [\"t\"]", "\"tags\": []", StringComparison.Ordinal)));

        Assert.HasCount(3, e.Problems);
    }

    private static string Service(string member)
    {
        var members = new Dictionary<string, string>
        {
            ["name"] = "\"s\"",
            ["repositories"] = "[\"r\"]",
            ["tags"] = "[\"t\"]",
            ["strategy"] = "{ \"canary\": { \"steps\": [ { \"setWeight\": 1 } ] } }",
        };
        members[member[1..member.IndexOf('"', 1)]] = member[(member.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        return "{ \"services\": [ { " + string.Join(", ", members.Select(m => $"\"{m.Key}\": {m.Value}")) + " } ] }";
    }

    private static string Steps(string steps) => """
        { "services": [ { "name": "s", "repositories": ["r"], "tags": ["t"],
            "healthChecks": { "h": { "url": "http://x/{version}" } },
            "analyses": { "a": { "metrics": [ { "name": "m", "query": "q", "max": 1 } ] } },
            "strategy": { "canary": { "steps": [ STEPS ] } } } ] }
        """.Replace("STEPS", steps, StringComparison.Ordinal);
}
