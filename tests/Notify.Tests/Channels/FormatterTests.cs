using System.Text;
using System.Text.Json;

namespace Functions.Notify.Tests.Channels;

/// <summary>The exact bodies per kind, against the documented formats (deploy-and-alert-anchors.md section 4).</summary>
[TestClass]
public sealed class FormatterTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeMilliseconds(1700000000000);
    private static readonly Notification Cpu = new("CPU high", "cpu **95%** on api-1", NotificationStatus.Firing, new Uri("https://grafana.example/d/1"));

    [TestMethod]
    public void WeCom_Firing_MarkdownWithWarningColourLinkAndMentions()
    {
        var receiver = Receiver(ReceiverKind.WeCom, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=K", null, "zhangsan", "@all");

        var request = ChannelFormatter.Format(receiver, Cpu, Now);

        Assert.AreEqual(receiver.Url, request.Url);
        Assert.IsNull(request.BearerToken);
        Assert.AreEqual(
            """{"msgtype":"markdown","markdown":{"content":"## <font color=\"warning\">[FIRING] CPU high</font>\ncpu **95%** on api-1\n\n[details](https://grafana.example/d/1)\n\n<@zhangsan>"}}""",
            Encoding.UTF8.GetString(request.Body));
    }

    [TestMethod]
    [DataRow(NotificationStatus.Resolved, "info")]
    [DataRow(NotificationStatus.Info, "comment")]
    public void WeCom_Status_PicksTheColour(NotificationStatus status, string colour)
    {
        var request = ChannelFormatter.Format(Receiver(ReceiverKind.WeCom, "https://wecom.example/send?key=K", null), Cpu with { Status = status }, Now);

        Assert.StartsWith($"## <font color=\"{colour}\">", Content(request, "markdown", "content"));
    }

    [TestMethod]
    public void WeCom_LongMultiByteBody_CutAtACharacterWithin4096BytesKeepingTheMentions()
    {
        // 3-byte CJK characters and 4-byte emoji (surrogate pairs), so that a byte cut would land mid-character.
        var body = string.Concat(Enumerable.Repeat("告警😀", 2000));
        var request = ChannelFormatter.Format(Receiver(ReceiverKind.WeCom, "https://wecom.example/send?key=K", null, "lisi"), Cpu with { Markdown = body }, Now);

        var content = Content(request, "markdown", "content");

        Assert.IsLessThanOrEqualTo(4096, Encoding.UTF8.GetByteCount(content));
        Assert.IsGreaterThan(4080, Encoding.UTF8.GetByteCount(content), "the cut uses the space it has");
        Assert.Contains("…", content);
        Assert.EndsWith("<@lisi>", content);
        Assert.DoesNotContain(Rune.ReplacementChar, content.EnumerateRunes().ToArray(), "no split character");
        Assert.AreEqual(content, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(content)), "valid UTF-16 (no lone surrogate)");
    }

    [TestMethod]
    public void WeCom_ExactlyAtTheLimit_IsNotCut()
    {
        var receiver = Receiver(ReceiverKind.WeCom, "https://wecom.example/send?key=K", null);
        var head = Encoding.UTF8.GetByteCount("## <font color=\"warning\">[FIRING] CPU high</font>\n");
        var notification = new Notification("CPU high", new string('a', 4096 - head), NotificationStatus.Firing, null);

        var content = Content(ChannelFormatter.Format(receiver, notification, Now), "markdown", "content");

        Assert.AreEqual(4096, Encoding.UTF8.GetByteCount(content));
        Assert.DoesNotContain("…", content);
    }

    [TestMethod]
    public void DingTalk_Signed_MarkdownTitleTextAtAndSignedUrl()
    {
        var receiver = Receiver(ReceiverKind.DingTalk, "https://oapi.dingtalk.com/robot/send?access_token=T", "SEC0123456789abcdef", "13800001111", "manager01", "@all");

        var request = ChannelFormatter.Format(receiver, Cpu, Now);

        Assert.AreEqual(
            "https://oapi.dingtalk.com/robot/send?access_token=T&timestamp=1700000000000&sign=TSZbRFUuvaSQaRKUpF970OPCb2%2FLcQAP3wOvwZIzBZk%3D",
            request.Url.OriginalString);
        Assert.AreEqual(
            """{"msgtype":"markdown","markdown":{"title":"[FIRING] CPU high","text":"### [FIRING] CPU high\n\ncpu **95%** on api-1\n\n[details](https://grafana.example/d/1)\n\n@13800001111 @manager01"},"at":{"atMobiles":["13800001111"],"atUserIds":["manager01"],"isAtAll":true}}""",
            Encoding.UTF8.GetString(request.Body));
    }

    [TestMethod]
    public void DingTalk_Unsigned_UrlUnchanged()
    {
        var receiver = Receiver(ReceiverKind.DingTalk, "https://oapi.dingtalk.com/robot/send?access_token=T", null);

        Assert.AreEqual(receiver.Url, ChannelFormatter.Format(receiver, Cpu, Now).Url);
    }

    [TestMethod]
    public void Feishu_Signed_InteractiveCardWithTimestampSecondsAndSignInTheBody()
    {
        var receiver = Receiver(ReceiverKind.Feishu, "https://open.feishu.cn/open-apis/bot/v2/hook/H", "demo-secret", "ou_123", "@all");
        var at = DateTimeOffset.FromUnixTimeSeconds(1599360473);

        var request = ChannelFormatter.Format(receiver, Cpu, at);

        Assert.AreEqual(receiver.Url, request.Url);
        Assert.AreEqual(
            """{"timestamp":"1599360473","sign":"3/MaVZ8JLIy4TUG+7KSFJqvUkTKd+HWY8g+56DZWq8s=","msg_type":"interactive","card":{"config":{"wide_screen_mode":true},"header":{"title":{"tag":"plain_text","content":"[FIRING] CPU high"},"template":"red"},"elements":[{"tag":"markdown","content":"cpu **95%** on api-1\n\n[details](https://grafana.example/d/1)\n\n<at id=ou_123></at> <at id=all></at>"}]}}""",
            Encoding.UTF8.GetString(request.Body));
    }

    [TestMethod]
    public void Feishu_Unsigned_NoTimestampOrSign()
    {
        using var body = JsonDocument.Parse(ChannelFormatter.Format(Receiver(ReceiverKind.Feishu, "https://open.feishu.cn/open-apis/bot/v2/hook/H", null), Cpu with { Status = NotificationStatus.Resolved }, Now).Body);

        Assert.IsFalse(body.RootElement.TryGetProperty("sign", out _));
        Assert.IsFalse(body.RootElement.TryGetProperty("timestamp", out _));
        Assert.AreEqual("green", body.RootElement.GetProperty("card").GetProperty("header").GetProperty("template").GetString());
    }

    [TestMethod]
    public void Feishu_HugeBodyWithCharactersThatNeedEscaping_StaysUnder20KB()
    {
        var body = string.Concat(Enumerable.Repeat("\"引号\"\n\t", 8000));

        var request = ChannelFormatter.Format(Receiver(ReceiverKind.Feishu, "https://open.feishu.cn/open-apis/bot/v2/hook/H", "s", "ou_1"), Cpu with { Markdown = body }, Now);

        Assert.IsLessThanOrEqualTo(20 * 1024, request.Body.Length);
        var content = Content(request, "card", "elements");
        Assert.EndsWith("<at id=ou_1></at>", content);
    }

    [TestMethod]
    public void Webhook_DocumentWithBearerToken()
    {
        var request = ChannelFormatter.Format(Receiver(ReceiverKind.Webhook, "https://hooks.example/notify", "tok"), Cpu with { Status = NotificationStatus.Resolved }, Now);

        Assert.AreEqual("tok", request.BearerToken);
        Assert.AreEqual(
            """{"title":"CPU high","status":"resolved","markdown":"cpu **95%** on api-1","link":"https://grafana.example/d/1"}""",
            Encoding.UTF8.GetString(request.Body));
    }

    [TestMethod]
    public void Webhook_NoSecretNoLink_NoTokenNullLink()
    {
        var request = ChannelFormatter.Format(Receiver(ReceiverKind.Webhook, "https://hooks.example/notify", null), Cpu with { Link = null, Status = NotificationStatus.Info }, Now);

        Assert.IsNull(request.BearerToken);
        Assert.AreEqual("""{"title":"CPU high","status":"info","markdown":"cpu **95%** on api-1","link":null}""", Encoding.UTF8.GetString(request.Body));
    }

    internal static ReceiverSettings Receiver(ReceiverKind kind, string url, string? secret, params string[] mentions) =>
        new("r", kind, new Uri(url), secret, SendResolved: true, mentions);

    private static string Content(ChannelRequest request, string outer, string inner)
    {
        using var json = JsonDocument.Parse(request.Body);
        var element = json.RootElement.GetProperty(outer).GetProperty(inner);
        return element.ValueKind == JsonValueKind.Array ? element[0].GetProperty("content").GetString()! : element.GetString()!;
    }
}
