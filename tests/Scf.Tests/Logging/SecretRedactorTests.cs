using Functions.Scf.Configuration;
using Functions.Scf.Logging;
using Microsoft.Extensions.Configuration;

namespace Functions.Scf.Tests.Logging;

[TestClass]
public sealed class SecretRedactorTests
{
    [TestMethod]
    public void FromConfiguration_RedactsDeclaredSecretsNamedSecretsAndUrlPasswords()
    {
        var redactor = Redactor(new()
        {
            ["LABEL_STUDIO_TOKEN"] = "ls-token-123456",
            ["WECOM_WEBHOOK_KEY"] = "key-abcdef",
            ["SOME_PASSWORD"] = "p@ss-word!",
            ["DATABASE_URL"] = "postgres://app:s3cr%40t-pw@db:5432/app",
            ["TCB_ENV_ID"] = "env-visible",
        });

        var text = redactor.Redact("ls-token-123456 key-abcdef p@ss-word! s3cr@t-pw s3cr%40t-pw env-visible");

        Assert.AreEqual("*** *** *** *** *** env-visible", text);
    }

    [TestMethod]
    public void Redact_UrlPasswordsNotInConfiguration_AreMaskedToo()
    {
        var redactor = new SecretRedactor([]);

        var text = redactor.Redact("connect to redis://default:hunter22@cache:6379/0 failed");

        Assert.AreEqual("connect to redis://default:***@cache:6379/0 failed", text);
    }

    [TestMethod]
    public void Redact_JsonEscapedSecret_IsMasked()
    {
        var redactor = new SecretRedactor(["quote\"back\\slash"]);

        var text = redactor.Redact("""{"message":"value quote\"back\\slash here"}""");

        Assert.AreEqual("""{"message":"value *** here"}""", text);
    }

    [TestMethod]
    public void Redact_SecretContainingAnother_IsMaskedWhole()
    {
        var redactor = new SecretRedactor(["abcd", "abcdefgh"]);

        Assert.AreEqual("x *** y", redactor.Redact("x abcdefgh y"));
    }

    [TestMethod]
    public void Redact_ShortValues_AreNotTreatedAsSecrets()
    {
        var redactor = Redactor(new() { ["X_TOKEN"] = "on" });

        Assert.AreEqual("turned on", redactor.Redact("turned on"));
    }

    [TestMethod]
    public async Task AddForScope_AppliesOnlyInsideTheScopeAndItsFlow()
    {
        var redactor = new SecretRedactor([]);
        string inside;
        string otherFlow;
        using (SecretRedactor.AddForScope("per-invocation-key"))
        {
            inside = redactor.Redact("per-invocation-key");
            otherFlow = await Task.Run(() => redactor.Redact("per-invocation-key"));
        }

        Assert.AreEqual("***", inside);
        Assert.AreEqual("***", otherFlow, "a task started inside the invocation inherits its secrets");
        Assert.AreEqual("per-invocation-key", redactor.Redact("per-invocation-key"));
    }

    private static SecretRedactor Redactor(Dictionary<string, string?> values) =>
        SecretRedactor.FromConfiguration(
            new ConfigurationBuilder().AddInMemoryCollection(values).Build(),
            [new ConfigVariable("LABEL_STUDIO_TOKEN", "token", Sensitivity: Sensitivity.Secret)]);
}
