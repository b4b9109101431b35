using System.Text;

namespace Functions.Notify.Tests.Delivery;

[TestClass]
public sealed class ReplyClassifierTests
{
    [TestMethod]
    [DataRow(ReceiverKind.WeCom, 200, """{"errcode":0,"errmsg":"ok"}""")]
    [DataRow(ReceiverKind.DingTalk, 200, """{"errcode":0,"errmsg":"ok"}""")]
    [DataRow(ReceiverKind.Feishu, 200, """{"code":0,"msg":"success","data":{}}""")]
    [DataRow(ReceiverKind.Feishu, 200, """{"Extra":null,"StatusCode":0,"StatusMessage":"success"}""")]
    [DataRow(ReceiverKind.Webhook, 204, "")]
    public void Classify_Success_Delivered(ReceiverKind kind, int status, string body)
    {
        Assert.AreEqual(DeliveryStatus.Delivered, Classify(kind, status, body).Status);
    }

    [TestMethod]
    [DataRow(ReceiverKind.WeCom, """{"errcode":45009,"errmsg":"api freq out of limit"}""", 60)]
    [DataRow(ReceiverKind.DingTalk, """{"errcode":130101,"errmsg":"send too fast, exceed 20 times per minute"}""", 600)]
    [DataRow(ReceiverKind.Feishu, """{"code":11232,"msg":"frequency limited psm"}""", 60)]
    public void Classify_RateLimitCodeWithHttp200_Throttled(ReceiverKind kind, string body, int seconds)
    {
        var outcome = Classify(kind, 200, body);

        Assert.AreEqual(DeliveryStatus.Throttled, outcome.Status);
        Assert.AreEqual(TimeSpan.FromSeconds(seconds), outcome.RetryAfter);
        Assert.Contains("error", outcome.Reason!);
    }

    [TestMethod]
    [DataRow(ReceiverKind.Feishu, 200, """{"code":19021,"msg":"sign match fail or timestamp is not within one hour from current time"}""")]
    [DataRow(ReceiverKind.Feishu, 400, """{"code":9499,"msg":"Bad Request"}""")]
    [DataRow(ReceiverKind.Feishu, 200, """{"code":19024,"msg":"Key Words Not Found"}""")]
    [DataRow(ReceiverKind.DingTalk, 200, """{"errcode":310000,"errmsg":"sign not match"}""")]
    [DataRow(ReceiverKind.WeCom, 200, """{"errcode":93000,"errmsg":"invalid webhook url"}""")]
    [DataRow(ReceiverKind.Webhook, 404, "not found")]
    [DataRow(ReceiverKind.WeCom, 200, "<html>captive portal</html>")]
    public void Classify_PermanentErrors_FailedNotRetryable(ReceiverKind kind, int status, string body)
    {
        var outcome = Classify(kind, status, body);

        Assert.AreEqual(DeliveryStatus.Failed, outcome.Status);
        Assert.IsFalse(outcome.Retryable);
    }

    [TestMethod]
    [DataRow(ReceiverKind.Webhook, 500, "")]
    [DataRow(ReceiverKind.WeCom, 502, "<html>bad gateway</html>")]
    [DataRow(ReceiverKind.DingTalk, 200, """{"errcode":-1,"errmsg":"system busy"}""")]
    [DataRow(ReceiverKind.Webhook, 408, "")]
    public void Classify_TransientErrors_FailedRetryable(ReceiverKind kind, int status, string body)
    {
        var outcome = Classify(kind, status, body);

        Assert.AreEqual(DeliveryStatus.Failed, outcome.Status);
        Assert.IsTrue(outcome.Retryable);
    }

    [TestMethod]
    public void Classify_Http429_ThrottledHonouringRetryAfter()
    {
        var outcome = ReplyClassifier.Classify(ReceiverKind.Webhook, 429, [], TimeSpan.FromSeconds(7));

        Assert.AreEqual(DeliveryStatus.Throttled, outcome.Status);
        Assert.AreEqual(TimeSpan.FromSeconds(7), outcome.RetryAfter);
    }

    private static DeliveryOutcome Classify(ReceiverKind kind, int status, string body) =>
        ReplyClassifier.Classify(kind, status, Encoding.UTF8.GetBytes(body), null);
}
