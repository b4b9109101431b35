using Functions.ObjectStorage.Http;
using Functions.ObjectStorage.Signing;

namespace Functions.ObjectStorage.Tests.Signing;

[TestClass]
public sealed class CosRequestSignerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public void Sign_TemporaryCredentials_SendsAndSignsTheSecurityToken()
    {
        var signer = new CosRequestSigner(() => new SigningKey("AKIDtemp", "secret", "session-token-1"));
        var target = Target("backups/a b.dump");

        var added = signer.Sign("PUT", target, [new("host", target.Host), new("content-md5", "x")], Now);

        Assert.AreEqual("session-token-1", added.Single(h => h.Key == "x-cos-security-token").Value);
        var authorization = added.Single(h => h.Key == "authorization").Value;
        Assert.Contains("q-ak=AKIDtemp&", authorization);
        Assert.Contains("&q-header-list=content-md5;host;x-cos-security-token&", authorization);
        Assert.DoesNotContain("secret", authorization);
    }

    [TestMethod]
    public void Sign_ValidityWindow_StartsAMinuteBackAndLastsAnHour()
    {
        var signer = new CosRequestSigner(() => new SigningKey("AKID", "secret", null));
        var target = Target("k");

        var authorization = signer.Sign("GET", target, [new("host", target.Host)], Now).Single(h => h.Key == "authorization").Value;

        var start = Now.AddMinutes(-1).ToUnixTimeSeconds();
        var end = Now.AddHours(1).ToUnixTimeSeconds();
        Assert.Contains(FormattableString.Invariant($"q-sign-time={start};{end}&q-key-time={start};{end}"), authorization);
    }

    [TestMethod]
    public void Sign_SignsTheDecodedPath()
    {
        var target = Target("备份/a b");
        var signer = new CosRequestSigner(() => new SigningKey("AKID", "secret", null));
        var authorization = signer.Sign("GET", target, [new("host", target.Host)], Now).Single(h => h.Key == "authorization").Value;

        var expected = CosSignature.Compute(
            new SigningInput("GET", target.EncodedPath, "/备份/a b", [], [new("host", target.Host)]),
            "AKID", "secret", Now.AddMinutes(-1).ToUnixTimeSeconds(), Now.AddHours(1).ToUnixTimeSeconds());
        Assert.AreEqual(expected.Authorization, authorization);
        Assert.AreEqual("/%E5%A4%87%E4%BB%BD/a%20b", target.EncodedPath);
    }

    private static RequestTarget Target(string key) =>
        new ObjectStoreEndpoint(new Uri("https://backups-1250000000.cos.ap-guangzhou.myqcloud.com"), "backups-1250000000", pathStyle: false).Target(key, []);
}
