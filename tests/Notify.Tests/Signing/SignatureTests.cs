namespace Functions.Notify.Tests.Signing;

/// <summary>
/// The signatures against independently computed values. Neither platform publishes a worked example with a real
/// output: DingTalk's official text (mirrored at https://apifox.com/apidoc/docs-site/467052/doc-3550006) and Feishu's
/// (reproduced in electricbubble/feishu-bot-api, and https://blog.csdn.net/ASDQWE09876/article/details/144612767)
/// give the algorithm and sample code that prints a signature for the current time only. The expected values below
/// were computed with openssl, following those texts, as recorded with each test.
/// </summary>
[TestClass]
public sealed class SignatureTests
{
    // printf '%s\n%s' 1700000000000 SEC0123456789abcdef | openssl dgst -sha256 -hmac SEC0123456789abcdef -binary | base64
    private const string DingTalkExpected = "TSZbRFUuvaSQaRKUpF970OPCb2/LcQAP3wOvwZIzBZk=";

    // printf '' | openssl dgst -sha256 -hmac "$(printf '%s\n%s' 1599360473 demo-secret)" -binary | base64
    // (the same with Python: base64(hmac.new(b'1599360473\ndemo-secret', b'', sha256).digest()))
    private const string FeishuExpected = "3/MaVZ8JLIy4TUG+7KSFJqvUkTKd+HWY8g+56DZWq8s=";

    [TestMethod]
    public void DingTalkSign_KnownSecretAndTimestamp_MatchesOpenssl()
    {
        Assert.AreEqual(DingTalkExpected, DingTalkSignature.Sign("SEC0123456789abcdef", 1700000000000));
    }

    [TestMethod]
    public void DingTalkQuery_SignIsUrlEncoded()
    {
        Assert.AreEqual("timestamp=1700000000000&sign=TSZbRFUuvaSQaRKUpF970OPCb2%2FLcQAP3wOvwZIzBZk%3D", DingTalkSignature.Query("SEC0123456789abcdef", 1700000000000));
    }

    [TestMethod]
    public void DingTalkSignUrl_AppendsToTheAccessTokenQuery()
    {
        var url = DingTalkSignature.SignUrl(new Uri("https://oapi.dingtalk.com/robot/send?access_token=abc"), "SEC0123456789abcdef", 1700000000000);

        Assert.AreEqual("https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1700000000000&sign=TSZbRFUuvaSQaRKUpF970OPCb2%2FLcQAP3wOvwZIzBZk%3D", url.OriginalString);
    }

    [TestMethod]
    public void FeishuSign_KnownSecretAndTimestamp_MatchesOpenssl()
    {
        Assert.AreEqual(FeishuExpected, FeishuSignature.Sign("demo-secret", 1599360473));
    }

    [TestMethod]
    public void FeishuSign_IsNotDingTalksScheme()
    {
        // The mistake users report (a 19021): signing Feishu the DingTalk way, key = secret and data = ts\nsecret.
        Assert.AreNotEqual(DingTalkSignature.Sign("demo-secret", 1599360473), FeishuSignature.Sign("demo-secret", 1599360473));
    }
}
