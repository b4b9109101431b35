using System.Text;
using Functions.TencentCloud.Signing;

namespace Functions.TencentCloud.Tests.Signing;

/// <summary>The four TC3 vectors of the reference, byte for byte.</summary>
[TestClass]
public sealed class Tc3SignerTests
{
    // TC3-1/TC3-2: the official CVM DescribeInstances example. The \u escapes are literal characters of the body.
    private static readonly byte[] CvmPayload =
        Encoding.ASCII.GetBytes("{\"Limit\": 1, \"Filters\": [{\"Values\": [\"\\u672a\\u547d\\u540d\"], \"Name\": \"instance-name\"}]}");

    private static readonly Tc3SigningInput Cvm = new("cvm", "cvm.tencentcloudapi.com", "application/json; charset=utf-8", CvmPayload, 1551113065);

    private static readonly byte[] SdkPayload = """{"Action":"DescribeInstances","Version":"2017-03-12"}"""u8.ToArray();

    [TestMethod]
    public void Tc3_1_OfficialExample_MatchesEveryIntermediateValue()
    {
        var signature = Tc3Signer.Sign("AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", Cvm);

        Assert.AreEqual(
            "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n" +
            "35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064",
            signature.CanonicalRequest);
        Assert.AreEqual(
            "TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031",
            signature.StringToSign);
        Assert.AreEqual("72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168", signature.Signature);
        Assert.AreEqual(
            "TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE/2019-02-25/cvm/tc3_request, " +
            "SignedHeaders=content-type;host, Signature=72e494ea809ad7a8c8f7a4507b9bddcbaa8e581f516e8da2f66e2c5a96525168",
            signature.Authorization);
    }

    [TestMethod]
    public void Tc3_1_DerivedKeys_MatchTheReference()
    {
        var key = Tc3Signer.DeriveSigningKey("Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "2019-02-25", "cvm");

        Assert.AreEqual("ac658d5dde49e9bfdd14e04e062f66b05d9f637d44b8a8d845327d4a77f666b1", Convert.ToHexStringLower(key));
    }

    [TestMethod]
    public void Tc3_2_SigningXTcAction_WithThePublishedSigningKey()
    {
        var signingKey = Convert.FromHexString("b596b923aad85185e2d1f6659d2a062e0a86731226e021e61bfe06f7ed05f5af");

        var signature = Tc3Signer.Sign("AKID", signingKey, Cvm with { Action = "DescribeInstances" });

        Assert.AreEqual(
            "POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\nx-tc-action:describeinstances\n\n" +
            "content-type;host;x-tc-action\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064",
            signature.CanonicalRequest);
        Assert.EndsWith("7019a55be8395899b900fb5564e4200d984910f34794a27cb3fb7d10ff6a1e84", signature.StringToSign);
        Assert.AreEqual("10b1a37a7301a02ca19a647ad722d5e43b4b3cff309d421d85b46093f6ab6c4f", signature.Signature);
        Assert.AreEqual("content-type;host;x-tc-action", signature.SignedHeaders);
    }

    [TestMethod]
    public void Tc3_3_NodeSdkPost()
    {
        var input = new Tc3SigningInput("cvm", "cvm.tencentcloudapi.com", "application/json", SdkPayload, 1640995200);

        var signature = Tc3Signer.Sign("test-secret-id", "test-secret-key", input);

        Assert.AreEqual(
            "POST\n/\n\ncontent-type:application/json\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n" +
            "8161d71add76597e6dc0e223286ca9a96dec0b7eca6e08f9364680387415b4dc",
            signature.CanonicalRequest);
        Assert.EndsWith("11b4984250df9d76592a8eb098c42d8c757bebef390e23479ceac3a58148f4d9", signature.StringToSign);
        Assert.AreEqual(
            "TC3-HMAC-SHA256 Credential=test-secret-id/2022-01-01/cvm/tc3_request, SignedHeaders=content-type;host, " +
            "Signature=96473b50fe407833672a5d6d067238d88bb44c8abcc39ef83baa3132afbfadd3",
            signature.Authorization);
    }

    [TestMethod]
    public void Tc3_4_NodeSdkGet_HashingTheSdkTestsBody()
    {
        var input = new Tc3SigningInput("cvm", "cvm.tencentcloudapi.com", "application/x-www-form-urlencoded", SdkPayload, 1640995200, Method: "GET");

        var signature = Tc3Signer.Sign("test-secret-id", "test-secret-key", input);

        Assert.EndsWith("623fcf672bc1f134c7b07fe76eeeba2d4277e988f9b63e609d668c056c82e6f7", signature.StringToSign);
        Assert.AreEqual("39ce411ac32014b7d814118b33f82d3445be566f67e1f4b369ccdc3791ce9a13", signature.Signature);
    }

    [TestMethod]
    public void ScopeDate_IsTheUtcDate_NotTheLocalOne()
    {
        // 1551113065 is 2019-02-26 00:44:25 in UTC+8, but 2019-02-25 in UTC.
        Assert.AreEqual("2019-02-25", Tc3Signer.ScopeDate(1551113065));
    }

    [TestMethod]
    public void ContentType_SignedDifferentlyThanSent_ChangesTheSignature()
    {
        var sent = Tc3Signer.Sign("id", "key", Cvm);
        var other = Tc3Signer.Sign("id", "key", Cvm with { ContentType = "application/json" });

        Assert.AreNotEqual(sent.Signature, other.Signature);
    }

    [TestMethod]
    public void Authorization_RoundTripsThroughTheParser()
    {
        var signature = Tc3Signer.Sign("AKIDexample", "key", Cvm with { Action = "DescribeInstances" });

        var parsed = Tc3Authorization.TryParse(signature.Authorization)!;

        Assert.AreEqual("AKIDexample", parsed.SecretId);
        Assert.AreEqual("2019-02-25", parsed.Date);
        Assert.AreEqual("cvm", parsed.Service);
        Assert.AreSequenceEqual(new[] { "content-type", "host", "x-tc-action" }, parsed.SignedHeaders);
        Assert.AreEqual(signature.Signature, parsed.Signature);
        Assert.IsNull(Tc3Authorization.TryParse("Bearer abc"));
        Assert.IsNull(Tc3Authorization.TryParse("TC3-HMAC-SHA256 Credential=a/b, Signature=c"));
    }
}
