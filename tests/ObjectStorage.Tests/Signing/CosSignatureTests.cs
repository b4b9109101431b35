using Functions.ObjectStorage.Signing;

namespace Functions.ObjectStorage.Tests.Signing;

/// <summary>The COS vectors of the reference (§3.2), byte for byte.</summary>
[TestClass]
public sealed class CosSignatureTests
{
    private const string DocSecretId = "AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q";
    private const string DocSecretKey = "BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz";
    private const string DocHost = "examplebucket-1250000000.cos.ap-beijing.myqcloud.com";

    private static readonly KeyValuePair<string, string>[] PutHeaders =
    [
        new("Date", "Thu, 16 May 2019 06:45:51 GMT"),
        new("Host", DocHost),
        new("Content-Type", "text/plain"),
        new("Content-Length", "13"),
        new("Content-MD5", "mQ/fVh815F3k6TAUm8m0eg=="),
        new("x-cos-acl", "private"),
        new("x-cos-grant-read", "uin=\"100000000011\""),
    ];

    [TestMethod]
    public void Compute_Cos1PutObject_MatchesEveryDocumentedStep()
    {
        var input = new SigningInput("PUT", "/exampleobject(%E8%85%BE%E8%AE%AF%E4%BA%91)", "/exampleobject(腾讯云)", [], PutHeaders);

        var auth = CosSignature.Compute(input, DocSecretId, DocSecretKey, 1557989151, 1557996351);

        Assert.AreEqual("1557989151;1557996351", auth.KeyTime);
        Assert.AreEqual("eb2519b498b02ac213cb1f3d1a3d27a3b3c9bc5f", auth.SignKey);
        Assert.AreEqual(
            "put\n/exampleobject(腾讯云)\n\ncontent-length=13&content-md5=mQ%2FfVh815F3k6TAUm8m0eg%3D%3D&content-type=text%2Fplain" +
            "&date=Thu%2C%2016%20May%202019%2006%3A45%3A51%20GMT&host=examplebucket-1250000000.cos.ap-beijing.myqcloud.com" +
            "&x-cos-acl=private&x-cos-grant-read=uin%3D%22100000000011%22\n",
            auth.HttpString);
        Assert.AreEqual("sha1\n1557989151;1557996351\n8b2751e77f43a0995d6e9eb9477f4b685cca4172\n", auth.StringToSign);
        Assert.AreEqual("3b8851a11a569213c17ba8fa7dcf2abec6935172", auth.Signature);
        Assert.AreEqual(
            "q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q&q-sign-time=1557989151;1557996351" +
            "&q-key-time=1557989151;1557996351&q-header-list=content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read" +
            "&q-url-param-list=&q-signature=3b8851a11a569213c17ba8fa7dcf2abec6935172",
            auth.Authorization);
    }

    [TestMethod]
    public void Compute_Cos1WithTheEncodedPath_GivesTheWrongSignature()
    {
        const string encoded = "/exampleobject(%E8%85%BE%E8%AE%AF%E4%BA%91)";
        var input = new SigningInput("PUT", encoded, encoded, [], PutHeaders);

        var auth = CosSignature.Compute(input, DocSecretId, DocSecretKey, 1557989151, 1557996351);

        Assert.StartsWith("sha1\n1557989151;1557996351\nf4c2b1ca", auth.StringToSign);
        Assert.StartsWith("7c721063", auth.Signature);
        Assert.AreNotEqual("3b8851a11a569213c17ba8fa7dcf2abec6935172", auth.Signature);
    }

    [TestMethod]
    public void Compute_Cos2GetObjectWithQuery_MatchesTheDocumentedSignature()
    {
        var input = new SigningInput(
            "GET",
            "/exampleobject(%E8%85%BE%E8%AE%AF%E4%BA%91)",
            "/exampleobject(腾讯云)",
            [new("response-content-type", "application/octet-stream"), new("response-cache-control", "max-age=600")],
            [new("Date", "Thu, 16 May 2019 06:55:53 GMT"), new("Host", DocHost)]);

        var auth = CosSignature.Compute(input, DocSecretId, DocSecretKey, 1557989753, 1557996953);

        Assert.AreEqual("937914bf490e9e8c189836aad2052e4feeb35eaf", auth.SignKey);
        Assert.Contains("\nresponse-cache-control=max-age%3D600&response-content-type=application%2Foctet-stream\n", auth.HttpString);
        Assert.AreEqual("sha1\n1557989753;1557996953\n54ecfe22f59d3514fdc764b87a32d8133ea611e6\n", auth.StringToSign);
        Assert.AreEqual("01681b8c9d798a678e43b685a9f1bba0f6c0e012", auth.Signature);
        Assert.Contains("&q-header-list=date;host&q-url-param-list=response-cache-control;response-content-type&", auth.Authorization);
    }

    [TestMethod]
    public void Compute_Cos3GoSdkTest_MatchesTheWholeAuthorization()
    {
        var input = new SigningInput(
            "PUT",
            "/testfile2",
            "/testfile2",
            [],
            [
                new("Host", "testbucket-125000000.cos.ap-guangzhou.myqcloud.com"),
                new("x-cos-content-sha1", "db8ac1c259eb89d4a131b253bacfca5f319d54f2"),
                new("x-cos-stroage-class", "nearline"),
            ]);

        var auth = CosSignature.Compute(input, "QmFzZTY0IGlzIGEgZ2VuZXJp", "AKIDZfbOA78asKUYBcXFrJD0a1ICvR98JM", 1480932292, 1481012292);

        Assert.AreEqual("95d110a8ead64cac52083100db75b7e3f369e72f", auth.SignKey);
        Assert.AreEqual("sha1\n1480932292;1481012292\n113b22e92b74237531fafbfc8bb9e67be55645c7\n", auth.StringToSign);
        Assert.AreEqual(
            "q-sign-algorithm=sha1&q-ak=QmFzZTY0IGlzIGEgZ2VuZXJp&q-sign-time=1480932292;1481012292&q-key-time=1480932292;1481012292" +
            "&q-header-list=host;x-cos-content-sha1;x-cos-stroage-class&q-url-param-list=&q-signature=ce4ac0ecbcdb30538b3fee0a97cc6389694ce53a",
            auth.Authorization);
    }

    [TestMethod]
    public void Compute_Cos4RangedGet_MatchesTheSignature()
    {
        var input = new SigningInput(
            "GET", "/testfile", "/testfile", [], [new("host", "bucket1-1254000000.cos.ap-beijing.myqcloud.com"), new("range", "bytes=0-3")]);

        var auth = CosSignature.Compute(input, DocSecretId, DocSecretKey, 1417773892, 1417853898);

        Assert.AreEqual("d265642cf75792e70e35030fd14e73134094d673", auth.SignKey);
        Assert.AreEqual("get\n/testfile\n\nhost=bucket1-1254000000.cos.ap-beijing.myqcloud.com&range=bytes%3D0-3\n", auth.HttpString);
        Assert.AreEqual("sha1\n1417773892;1417853898\n3a529544cb1559b8be98f079df87742e8fad26dc\n", auth.StringToSign);
        Assert.AreEqual("4b6cbab14ce01381c29032423481ebffd514e8be", auth.Signature);
        Assert.EndsWith("&q-header-list=host;range&q-url-param-list=&q-signature=4b6cbab14ce01381c29032423481ebffd514e8be", auth.Authorization);
    }

    [TestMethod]
    public void Encode_KeepsOnlyUnreservedCharacters_WithUppercaseHex()
    {
        Assert.AreEqual("AZaz09-_.~%20%21%22%23%24%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E%60%7B%7C%7D",
            UriEncoder.Encode("AZaz09-_.~ !\"#$%&'()*+,/:;<=>?@[\\]^`{|}"));
        Assert.AreEqual("a/b%20c/%E8%85%BE", UriEncoder.Encode("a/b c/腾", keepSlash: true));
    }
}
