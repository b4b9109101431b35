using System.Text;
using Functions.ObjectStorage.Http;
using Functions.ObjectStorage.Signing;

namespace Functions.ObjectStorage.Tests.Signing;

/// <summary>
/// AWS's published vectors: the SigV4 test suite (aws-sig-v4-test-suite, AKIDEXAMPLE, 20150830T123600Z, us-east-1,
/// service "service") and the S3 API reference's header-based examples (examplebucket, 20130524T000000Z).
/// </summary>
[TestClass]
public sealed class SigV4SignatureTests
{
    private const string SuiteHost = "example.amazonaws.com";
    private const string SuiteToken =
        "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/" +
        "qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0" +
        "iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA==";

    private static readonly SigningKey Suite = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);
    private static readonly SigningKey S3Doc = new("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", null);
    private static readonly DateTimeOffset SuiteTime = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset S3Time = new(2013, 5, 24, 0, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public void Compute_GetVanilla_MatchesTheSuite()
    {
        var auth = SuiteSign("GET", [], []);

        Assert.AreEqual(
            "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            auth.CanonicalRequest);
        Assert.AreEqual(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, " +
            "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            auth.Authorization);
    }

    [TestMethod]
    public void Compute_GetVanillaQueryOrderKeyCase_SortsTheQuery()
    {
        var auth = SuiteSign("GET", [new("Param2", "value2"), new("Param1", "value1")], []);

        Assert.Contains("\n/\nParam1=value1&Param2=value2\n", auth.CanonicalRequest);
        Assert.AreEqual(
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0",
            auth.StringToSign);
        Assert.AreEqual("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500", auth.Signature);
    }

    [TestMethod]
    public void Compute_PostVanilla_MatchesTheSuite() =>
        Assert.AreEqual("5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b", SuiteSign("POST", [], []).Signature);

    [TestMethod]
    public void Compute_PostXWwwFormUrlencoded_SignsTheBodyHashAndContentType()
    {
        var auth = SuiteSign("POST", [], [new("Content-Type", "application/x-www-form-urlencoded")], "Param1=value1");

        Assert.EndsWith("\ncontent-type;host;x-amz-date\n9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e", auth.CanonicalRequest);
        Assert.AreEqual(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=content-type;host;x-amz-date, " +
            "Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a",
            auth.Authorization);
    }

    [TestMethod]
    public void Compute_PostStsHeaderBefore_SignsTheSessionToken()
    {
        var auth = SuiteSign("POST", [], [new("X-Amz-Security-Token", SuiteToken)]);

        Assert.AreEqual("host;x-amz-date;x-amz-security-token", auth.SignedHeaders);
        Assert.AreEqual("85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead", auth.Signature);
    }

    [TestMethod]
    public void Compute_S3GetObjectExample_MatchesTheDocumentedSignature()
    {
        var auth = S3Sign("GET", "/test.txt", [], [new("Range", "bytes=0-9"), new("x-amz-content-sha256", SigV4Signature.EmptySha256)], SigV4Signature.EmptySha256);

        Assert.AreEqual(
            "AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972",
            auth.StringToSign);
        Assert.AreEqual(
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, " +
            "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
            auth.Authorization);
    }

    [TestMethod]
    public void Compute_S3PutObjectExample_EncodesTheKeyAndSignsTheBody()
    {
        var payload = SigV4Signature.Sha256Hex("Welcome to Amazon S3.");
        var auth = S3Sign(
            "PUT",
            "/" + UriEncoder.Encode("test$file.text", keepSlash: true),
            [],
            [new("Date", "Fri, 24 May 2013 00:00:00 GMT"), new("x-amz-storage-class", "REDUCED_REDUNDANCY"), new("x-amz-content-sha256", payload)],
            payload);

        Assert.AreEqual("44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072", payload);
        Assert.StartsWith("PUT\n/test%24file.text\n", auth.CanonicalRequest);
        Assert.AreEqual("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd", auth.Signature);
    }

    [TestMethod]
    public void Compute_S3ListObjectsAndLifecycleExamples_MatchTheDocumentedSignatures()
    {
        KeyValuePair<string, string>[] sha = [new("x-amz-content-sha256", SigV4Signature.EmptySha256)];

        Assert.AreEqual(
            "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7",
            S3Sign("GET", "/", [new("max-keys", "2"), new("prefix", "J")], sha, SigV4Signature.EmptySha256).Signature);
        Assert.AreEqual(
            "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543",
            S3Sign("GET", "/", [new("lifecycle", "")], sha, SigV4Signature.EmptySha256).Signature);
    }

    [TestMethod]
    public void Sign_RequestSignerOnTheS3Example_AddsDateAndReproducesTheHeader()
    {
        var signer = new SigV4RequestSigner(() => S3Doc, "us-east-1");
        var target = new ObjectStoreEndpoint(new Uri("https://examplebucket.s3.amazonaws.com"), "examplebucket", pathStyle: false).Target("test.txt", []);

        var added = signer.Sign("GET", target, [new("host", target.Host), new("range", "bytes=0-9")], S3Time);

        Assert.AreEqual("examplebucket.s3.amazonaws.com", target.Host);
        Assert.AreEqual("20130524T000000Z", Header(added, "x-amz-date"));
        Assert.AreEqual(SigV4Signature.EmptySha256, Header(added, "x-amz-content-sha256"));
        Assert.EndsWith("Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41", Header(added, "authorization"));
    }

    [TestMethod]
    public void Sign_SessionToken_SendsAndSignsXAmzSecurityToken()
    {
        var signer = new SigV4RequestSigner(() => Suite with { SessionToken = "token-1" }, "eu-west-1");
        var target = new ObjectStoreEndpoint(new Uri("http://127.0.0.1:9000"), "bucket", pathStyle: true).Target("a b/c", []);

        var added = signer.Sign("GET", target, [new("host", target.Host)], SuiteTime);

        Assert.AreEqual("127.0.0.1:9000", target.Host);
        Assert.AreEqual("/bucket/a%20b/c", target.EncodedPath);
        Assert.AreEqual("/bucket/a%20b/c", target.Uri.AbsolutePath);
        Assert.AreEqual("token-1", Header(added, "x-amz-security-token"));
        Assert.Contains("/20150830/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token,", Header(added, "authorization"));
    }

    private static SigV4Authorization SuiteSign(string method, KeyValuePair<string, string>[] query, KeyValuePair<string, string>[] headers, string body = "")
    {
        var all = new List<KeyValuePair<string, string>>(headers) { new("Host", SuiteHost), new("X-Amz-Date", "20150830T123600Z") };
        var input = new SigningInput(method, "/", "/", query, all);
        return SigV4Signature.Compute(input, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(body))), Suite, SuiteTime, "us-east-1", "service");
    }

    private static SigV4Authorization S3Sign(string method, string path, KeyValuePair<string, string>[] query, KeyValuePair<string, string>[] headers, string payload)
    {
        var all = new List<KeyValuePair<string, string>>(headers) { new("Host", "examplebucket.s3.amazonaws.com"), new("x-amz-date", "20130524T000000Z") };
        return SigV4Signature.Compute(new SigningInput(method, path, Uri.UnescapeDataString(path), query, all), payload, S3Doc, S3Time, "us-east-1", "s3");
    }

    private static string Header(IReadOnlyList<KeyValuePair<string, string>> headers, string name) => headers.Single(h => h.Key == name).Value;
}
