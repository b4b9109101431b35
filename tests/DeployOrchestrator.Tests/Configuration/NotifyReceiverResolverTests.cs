using Functions.DeployOrchestrator.Configuration;

namespace Functions.DeployOrchestrator.Tests.Configuration;

[TestClass]
public sealed class NotifyReceiverResolverTests
{
    private static readonly NotifyReceiver[] Receivers =
    [
        new(NotifyReceiverKind.WeCom, "notify.receivers[0]", "WECOM_URL", null),
        new(NotifyReceiverKind.DingTalk, "notify.receivers[1]", "DING_URL", "DING_SECRET"),
    ];

    [TestMethod]
    public void ResolveAll_VariablesSet_ReadsUrlsAndSecrets()
    {
        var env = new Dictionary<string, string> { ["WECOM_URL"] = "https://qyapi.weixin.qq.com/x?key=k", ["DING_URL"] = "https://oapi.dingtalk.com/robot", ["DING_SECRET"] = " s3 " };

        var resolved = NotifyReceiverResolver.ResolveAll(Receivers, n => env.GetValueOrDefault(n));

        Assert.AreEqual(new Uri("https://oapi.dingtalk.com/robot"), resolved[1].Url);
        Assert.AreEqual("s3", resolved[1].Secret);
        Assert.DoesNotContain("key=k", resolved[0].ToString());
    }

    [TestMethod]
    public void ResolveAll_Missing_NamesTheVariableNeverTheValue()
    {
        var env = new Dictionary<string, string> { ["WECOM_URL"] = "not a url secret-value", ["DING_URL"] = "https://d" };

        var e = Assert.Throws<DeployConfigException>(() => NotifyReceiverResolver.ResolveAll(Receivers, n => env.GetValueOrDefault(n)));

        Assert.AreSequenceEqual(
            new[]
            {
                "notify.receivers[0].url_env: environment variable WECOM_URL does not hold an absolute http(s) URL",
                "notify.receivers[1].secret_env: environment variable DING_SECRET is not set",
            },
            e.Problems.ToArray());
        Assert.DoesNotContain("secret-value", e.Message);
    }

    [TestMethod]
    public void Load_NeitherVariable_NamesBoth()
    {
        var e = Assert.Throws<DeployConfigException>(() => DeployConfigSource.Load(_ => null, _ => ""));

        Assert.Contains("DEPLOY_CONFIG_FILE", e.Message);
        Assert.Contains("DEPLOY_CONFIG", e.Message);
    }

    [TestMethod]
    public void Load_InlineInvalid_PrefixesTheVariable()
    {
        var e = Assert.Throws<DeployConfigException>(() => DeployConfigSource.Load(n => n == "DEPLOY_CONFIG" ? """{ "services": [] }""" : null, _ => ""));

        Assert.AreEqual("DEPLOY_CONFIG: services: at least one service is required", e.Problems.Single());
    }
}
