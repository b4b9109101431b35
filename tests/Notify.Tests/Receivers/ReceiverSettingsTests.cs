namespace Functions.Notify.Tests.Receivers;

[TestClass]
public sealed class ReceiverSettingsTests
{
    [TestMethod]
    [DataRow(ReceiverKind.WeCom, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send")]
    [DataRow(ReceiverKind.DingTalk, "https://oapi.dingtalk.com/robot/send?access_token=tok123456", "https://oapi.dingtalk.com/robot/send")]
    [DataRow(ReceiverKind.Feishu, "https://open.feishu.cn/open-apis/bot/v2/hook/0a1b2c3d-token", "https://open.feishu.cn/open-apis/bot/v2/hook/***")]
    [DataRow(ReceiverKind.Webhook, "https://user:pw@hooks.example/notify?t=1", "https://hooks.example/notify")]
    public void Redacted_DropsQueryTokenAndUserInfo(ReceiverKind kind, string url, string expected)
    {
        var receiver = new ReceiverSettings("r", kind, new Uri(url), null, true, []);

        Assert.AreEqual(expected, receiver.Redacted);
        Assert.Contains(expected, receiver.ToString());
    }

    [TestMethod]
    public void Scrub_RemovesTheSecretTheKeyAndTheWholeUrl()
    {
        var receiver = new ReceiverSettings("r", ReceiverKind.DingTalk, new Uri("https://oapi.dingtalk.com/robot/send?access_token=tok123456"), "SECsupersecret", true, []);

        var text = receiver.Scrub("POST https://oapi.dingtalk.com/robot/send?access_token=tok123456 failed; token tok123456, secret SECsupersecret");

        Assert.DoesNotContain("tok123456", text);
        Assert.DoesNotContain("SECsupersecret", text);
        Assert.Contains("***", text);
    }

    [TestMethod]
    public void EffectiveRateLimit_DefaultsPerKind_ConfiguredWins()
    {
        var webhook = new ReceiverSettings("w", ReceiverKind.Webhook, new Uri("https://hooks.example/"), null, true, []);

        Assert.IsTrue(webhook.EffectiveRateLimit.IsUnlimited);
        Assert.HasCount(2, (webhook with { Kind = ReceiverKind.Feishu }).EffectiveRateLimit.Windows);
        Assert.AreEqual(7, (webhook with { RateLimit = ReceiverRateLimit.PerPeriod(7, TimeSpan.FromMinutes(1)) }).EffectiveRateLimit.Windows[0].Capacity);
        Assert.AreEqual(TimeSpan.FromSeconds(3), ReceiverRateLimit.WeCom.RetryAfter);
    }
}
