using System.Text;
using Functions.Scf.Errors;
using Functions.Scf.Events;
using Functions.TestSupport;

namespace Functions.Scf.Tests.Events;

[TestClass]
public sealed class HttpRequestEventTests
{
    private readonly EventClassifier _classifier = new(64 * 1024);

    [TestMethod]
    public void Headers_AreCaseInsensitive()
    {
        var http = Read("http-apigw.json");

        Assert.AreEqual("User Agent String", http.Header("USER-AGENT"));
        Assert.AreEqual("User Agent String", http.Header("user-agent"));
        Assert.IsNull(http.Header("x-missing"));
    }

    [TestMethod]
    public void Query_KeepsRepeatedKeysAndFlags()
    {
        var http = Read("http-apigw.json");

        Assert.AreSequenceEqual(new[] { "alice", "carol" }, http.Query["bob"]);
        Assert.AreEqual("", http.QueryValue("flag"));
        Assert.AreEqual("bar", http.QueryValue("foo"));
    }

    [TestMethod]
    public void Body_Base64FlagAsString_IsDecoded()
    {
        var http = Read("http-apigw.json");

        Assert.IsTrue(http.IsBase64Encoded);
        Assert.AreEqual("{\"test\":\"body\"}", Encoding.UTF8.GetString(http.BodyBytes()));
        Assert.AreEqual("/test/value", http.Path);
        Assert.AreEqual("POST", http.Method);
    }

    [TestMethod]
    public void Body_FunctionUrlWithoutFlag_IsText()
    {
        var http = Read("http-function-url.json");

        Assert.IsFalse(http.IsBase64Encoded);
        Assert.AreEqual("{\"test\":\"hello world\"}", Encoding.UTF8.GetString(http.BodyBytes()));
        Assert.AreEqual(22, http.BodyLength);
    }

    [TestMethod]
    public void Body_InvalidBase64_IsAnEventError()
    {
        var http = (HttpRequestEvent)_classifier.Classify("""{"httpMethod":"POST","body":"***","isBase64Encoded":true}"""u8.ToArray());

        Assert.ThrowsExactly<EventFormatException>(() => http.BodyBytes());
    }

    [TestMethod]
    [DataRow("""{"httpMethod":7}""", "'httpMethod' must be a string")]
    [DataRow("""{"httpMethod":"GET","headers":"x"}""", "'headers' must be an object")]
    [DataRow("""{"httpMethod":"GET","isBase64Encoded":"maybe"}""", "'isBase64Encoded' must be a boolean")]
    [DataRow("""{"httpMethod":"GET","queryString":{"a":{"b":1}}}""", "parameter 'a'")]
    public void WrongTypes_NameTheField(string json, string expected)
    {
        var error = Assert.ThrowsExactly<EventFormatException>(() => _classifier.Classify(Encoding.UTF8.GetBytes(json)));

        Assert.Contains(expected, error.Message);
    }

    [TestMethod]
    public void Method_IsUpperCased_AndPathDefaultsToRoot()
    {
        var http = (HttpRequestEvent)_classifier.Classify("""{"httpMethod":"post"}"""u8.ToArray());

        Assert.AreEqual("POST", http.Method);
        Assert.AreEqual("/", http.Path);
        Assert.AreEqual(0, http.BodyLength);
    }

    private HttpRequestEvent Read(string sample) => (HttpRequestEvent)_classifier.Classify(SampleEvents.Read(sample));
}
