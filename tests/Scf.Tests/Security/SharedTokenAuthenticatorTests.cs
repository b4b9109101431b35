using System.Text;
using System.Text.Json.Nodes;
using Functions.Scf.Security;
using Functions.Scf.Events;
using Functions.TestSupport;

namespace Functions.Scf.Tests.Security;

[TestClass]
public sealed class SharedTokenAuthenticatorTests
{
    private const string Token = "s3cret-T0ken-ä";
    private const string WrongToken = "wr0ng-token-value";

    private static readonly EventClassifier Classifier = new(1024 * 1024);
    private readonly SharedTokenAuthenticator _authenticator = new(Token, "ALERT_CALLBACK_TOKEN", "X-Alert-Token");

    [TestMethod]
    [DataRow("Authorization", "Bearer " + Token, nameof(TokenAuthMethod.BearerHeader))]
    [DataRow("authorization", "bearer " + Token, nameof(TokenAuthMethod.BearerHeader))]
    [DataRow("X-Alert-Token", Token, nameof(TokenAuthMethod.TokenHeader))]
    [DataRow("x-alert-token", Token, nameof(TokenAuthMethod.TokenHeader))]
    [DataRow("X-ALERT-TOKEN", Token, nameof(TokenAuthMethod.TokenHeader))]
    public void Authenticate_TokenInHeader_IsAccepted(string header, string value, string method)
    {
        var result = _authenticator.Authenticate(Request(headers: new() { [header] = value }));

        Assert.IsTrue(result.IsAccepted, result.Reason);
        Assert.AreEqual(Enum.Parse<TokenAuthMethod>(method), result.Method);
        Assert.AreEqual(TokenAuthFailure.None, result.Failure);
    }

    [TestMethod]
    public void Authenticate_TokenInQuery_IsAccepted()
    {
        var result = _authenticator.Authenticate(Request(query: new() { ["token"] = Token }));

        Assert.IsTrue(result.IsAccepted);
        Assert.AreEqual(TokenAuthMethod.QueryParameter, result.Method);
    }

    [TestMethod]
    [DataRow("cloudmonitor")]
    [DataRow("")]
    [DataRow("user:with-colon-is-not-possible")]
    public void Authenticate_BasicAuthWithTokenAsPassword_IsAcceptedForAnyUser(string user)
    {
        // A user with a colon cannot be sent: the first colon splits user from password, so the rest is the password.
        var expected = user.Contains(':', StringComparison.Ordinal) ? TokenAuthMethod.None : TokenAuthMethod.BasicAuth;

        var result = _authenticator.Authenticate(Request(headers: new() { ["Authorization"] = Basic(user, Token) }));

        Assert.AreEqual(expected, result.Method);
    }

    [TestMethod]
    public void Authenticate_HeaderNameInAnotherCaseOnAnOrdinalDictionary_IsAccepted()
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["X-Alert-TOKEN"] = Token };
        var request = new HttpRequestEvent(default, "POST", "/", headers, new Dictionary<string, IReadOnlyList<string>>(), null, false);

        Assert.AreEqual(TokenAuthMethod.TokenHeader, _authenticator.Authenticate(request).Method);
    }

    [TestMethod]
    public void Authenticate_WrongTokenInOnePlaceAndRightInAnother_IsAccepted()
    {
        var result = _authenticator.Authenticate(Request(headers: new() { ["X-Alert-Token"] = WrongToken }, query: new() { ["token"] = Token }));

        Assert.AreEqual(TokenAuthMethod.QueryParameter, result.Method);
    }

    [TestMethod]
    public void Authenticate_CallbackSample_IsAcceptedWithItsToken() =>
        Assert.IsTrue(new SharedTokenAuthenticator("replace-me", "ALERT_CALLBACK_TOKEN", "X-Alert-Token").Authenticate(
            (HttpRequestEvent)Classifier.Classify(SampleEvents.Read("http-alarm-callback.json"))).IsAccepted);

    [TestMethod]
    [DataRow("Authorization", "Bearer " + WrongToken)]
    [DataRow("X-Alert-Token", WrongToken)]
    [DataRow("X-Alert-Token", Token + "x")]
    [DataRow("X-Alert-Token", "s3cret")]
    public void Authenticate_WrongToken_IsRefusedAsMismatch(string header, string value)
    {
        var result = _authenticator.Authenticate(Request(headers: new() { [header] = value }));

        Assert.IsFalse(result.IsAccepted);
        Assert.AreEqual(TokenAuthFailure.Mismatch, result.Failure);
        Assert.AreEqual(TokenAuthMethod.None, result.Method);
        AssertNoSecrets(result, value);
    }

    [TestMethod]
    public void Authenticate_WrongTokenInQuery_IsRefusedAsMismatch()
    {
        var result = _authenticator.Authenticate(Request(query: new() { ["token"] = WrongToken }));

        Assert.AreEqual(TokenAuthFailure.Mismatch, result.Failure);
        Assert.Contains("query parameter 'token'", result.Reason);
        AssertNoSecrets(result, WrongToken);
    }

    [TestMethod]
    public void Authenticate_BasicAuthWithTokenAsUser_IsRefused()
    {
        var result = _authenticator.Authenticate(Request(headers: new() { ["Authorization"] = Basic(Token, "other") }));

        Assert.AreEqual(TokenAuthFailure.Mismatch, result.Failure);
        AssertNoSecrets(result, "other");
    }

    [TestMethod]
    public void Authenticate_NoToken_IsRefusedAsMissing()
    {
        var result = _authenticator.Authenticate(Request(headers: new() { ["Content-Type"] = "application/json", ["X-Alert-Token"] = "" }));

        Assert.AreEqual(TokenAuthFailure.Missing, result.Failure);
        Assert.Contains("no token presented", result.Reason);
        AssertNoSecrets(result, null);
    }

    [TestMethod]
    [DataRow("Token " + Token)]
    [DataRow("Digest username=\"x\", response=\"" + Token + "\"")]
    [DataRow(Token)]
    [DataRow("Basic !!!not-base64!!!")]
    [DataRow("Basic bm9jb2xvbg==")]
    public void Authenticate_UnsupportedAuthorizationScheme_IsRefusedAsMalformed(string value)
    {
        var result = _authenticator.Authenticate(Request(headers: new() { ["Authorization"] = value }));

        Assert.AreEqual(TokenAuthFailure.Malformed, result.Failure);
        AssertNoSecrets(result, value);
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("   ")]
    public void Authenticate_NoConfiguredToken_RefusesEvenAMatchingRequest(string? configured)
    {
        var authenticator = new SharedTokenAuthenticator(configured, "ALERT_CALLBACK_TOKEN", "X-Alert-Token");

        foreach (var presented in new[] { "", "   ", Token })
        {
            var result = authenticator.Authenticate(Request(headers: new() { ["X-Alert-Token"] = presented }, query: new() { ["token"] = presented }));

            Assert.IsFalse(result.IsAccepted);
            Assert.AreEqual(TokenAuthFailure.NotConfigured, result.Failure);
            Assert.Contains("ALERT_CALLBACK_TOKEN", result.Reason);
        }
    }

    [TestMethod]
    public void Authenticate_Accepted_ReasonHasNoToken() =>
        AssertNoSecrets(_authenticator.Authenticate(Request(headers: new() { ["Authorization"] = Basic("u", Token) })), null);

    private static void AssertNoSecrets(TokenAuthResult result, string? presented)
    {
        Assert.DoesNotContain(Token, result.Reason);
        Assert.DoesNotContain("s3cret", result.Reason);
        if (!string.IsNullOrEmpty(presented))
        {
            Assert.DoesNotContain(presented, result.Reason);
            foreach (var part in presented.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length > 6))
            {
                Assert.DoesNotContain(part, result.Reason);
            }
        }
    }

    private static string Basic(string user, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));

    // Built through the classifier, as the host builds it from a Function URL event.
    private static HttpRequestEvent Request(Dictionary<string, string>? headers = null, Dictionary<string, string>? query = null)
    {
        var headerObject = new JsonObject();
        foreach (var (name, value) in headers ?? [])
        {
            headerObject[name] = value;
        }

        var queryObject = new JsonObject();
        foreach (var (name, value) in query ?? [])
        {
            queryObject[name] = value;
        }

        var json = new JsonObject { ["httpMethod"] = "POST", ["path"] = "/", ["headers"] = headerObject, ["queryString"] = queryObject, ["body"] = "{}" };
        return (HttpRequestEvent)Classifier.Classify(Encoding.UTF8.GetBytes(json.ToJsonString()));
    }
}
