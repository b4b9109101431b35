using Functions.AlertHandler.Configuration;

namespace Functions.AlertHandler.Tests.Configuration;

[TestClass]
public sealed class ReceiverResolverTests
{
    private const string SecretKey = "0123-secret-robot-key";

    private static readonly AlertConfig Config = AlertConfigParser.Parse("""
        { "route": { "receiver": "oncall" },
          "receivers": [ { "name": "oncall", "wecom": [ { "url_env": "WECOM_URL", "mentions": ["138"] } ],
                           "dingtalk": [ { "url_env": "DING_URL", "secret_env": "DING_SECRET", "send_resolved": false } ] },
                         { "name": "quiet" } ] }
        """);

    private static readonly Dictionary<string, string> Environment = new()
    {
        ["WECOM_URL"] = $"https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key={SecretKey}",
        ["DING_URL"] = "https://oapi.dingtalk.com/robot/send?access_token=tok",
        ["DING_SECRET"] = "SECabc",
    };

    [TestMethod]
    public void ResolveAll_AllSet_GivesEndpointsAndSecrets()
    {
        var receivers = ReceiverResolver.ResolveAll(Config, Environment.GetValueOrDefault);

        var oncall = receivers["oncall"];
        Assert.HasCount(2, oncall.Channels);
        Assert.AreEqual(ChannelKind.WeCom, oncall.Channels[0].Kind);
        Assert.AreEqual(Environment["WECOM_URL"], oncall.Channels[0].Url.ToString());
        Assert.AreSequenceEqual(new[] { "138" }, oncall.Channels[0].Mentions.ToArray());
        Assert.AreEqual("SECabc", oncall.Channels[1].Secret);
        Assert.IsFalse(oncall.Channels[1].SendResolved);
        Assert.IsEmpty(receivers["quiet"].Channels);
    }

    [TestMethod]
    public void Resolve_MissingVariables_NameReceiverChannelAndVariable()
    {
        var e = Assert.ThrowsExactly<AlertConfigException>(() => ReceiverResolver.Resolve(Config.Receiver("oncall"), _ => null));

        Assert.AreSequenceEqual(
            new[]
            {
                "receiver 'oncall' wecom[0].url_env: environment variable WECOM_URL is not set",
                "receiver 'oncall' dingtalk[0].url_env: environment variable DING_URL is not set",
                "receiver 'oncall' dingtalk[0].secret_env: environment variable DING_SECRET is not set",
            },
            e.Problems.ToArray());
    }

    [TestMethod]
    public void Resolve_NotAUrl_DoesNotEchoTheValue()
    {
        var environment = new Dictionary<string, string>(Environment) { ["WECOM_URL"] = SecretKey };

        var e = Assert.ThrowsExactly<AlertConfigException>(() => ReceiverResolver.Resolve(Config.Receiver("oncall"), environment.GetValueOrDefault));

        Assert.AreEqual("receiver 'oncall' wecom[0].url_env: environment variable WECOM_URL does not hold an absolute http(s) URL", e.Message);
        Assert.DoesNotContain(SecretKey, e.Message);
    }

    [TestMethod]
    public void ToString_ResolvedReceiver_LeavesSecretsOut()
    {
        var text = ReceiverResolver.Resolve(Config.Receiver("oncall"), Environment.GetValueOrDefault).ToString();

        Assert.DoesNotContain(SecretKey, text);
        Assert.DoesNotContain("SECabc", text);
        Assert.DoesNotContain("tok", text);
        Assert.Contains("wecom[0] → qyapi.weixin.qq.com", text);
    }
}
