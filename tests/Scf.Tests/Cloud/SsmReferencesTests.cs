using Functions.Scf.Configuration;
using Functions.Scf.Hosting;
using Functions.TestSupport;
using Functions.TestSupport.CloudApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.Scf.Tests.Cloud;

/// <summary>ssm:// values resolved at start against the API emulator, through the real host build.</summary>
[TestClass]
public sealed class SsmReferencesTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Build_ResolvesWholeAndFieldReferences_AndTreatsThemAsSecrets()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.Ssm.Put("label-studio", """{"token":"ls-token-from-ssm-123","user":"admin"}""");
        emulator.Ssm.Put("plain", "plain-secret-from-ssm-456");
        using var log = new StringWriter();

        await using var application = await BuildAsync(emulator, log, new()
        {
            ["TEST_TOKEN"] = "ssm://label-studio#token",
            ["OTHER_SETTING"] = "ssm://plain",
        });
        var configuration = application.Services.GetRequiredService<IConfiguration>();
        var redactor = application.Services.GetRequiredService<Scf.Logging.SecretRedactor>();

        Assert.AreEqual("ls-token-from-ssm-123", configuration["TEST_TOKEN"]);
        Assert.AreEqual("plain-secret-from-ssm-456", configuration["OTHER_SETTING"]);
        Assert.AreEqual("*** and ***", redactor.Redact("ls-token-from-ssm-123 and plain-secret-from-ssm-456"));
        Assert.HasCount(4, emulator.Calls, "per secret: one version lookup and one read");
    }

    [TestMethod]
    public async Task Build_UnreadableReferences_FailNamingEachVariable()
    {
        await using var emulator = await StartEmulatorAsync();
        emulator.Ssm.Put("not-json", "just text");

        var error = await Assert.ThrowsExactlyAsync<ConfigurationException>(() => BuildAsync(emulator, TextWriter.Null, new()
        {
            ["TEST_TOKEN"] = "ssm://missing-secret",
            ["OTHER_SETTING"] = "ssm://not-json#field",
            ["THIRD"] = "ssm://",
        }));

        Assert.HasCount(3, error.Problems);
        Assert.Contains(p => p.StartsWith("TEST_TOKEN refers to ssm://missing-secret", StringComparison.Ordinal) && p.Contains("ResourceNotFound", StringComparison.Ordinal), error.Problems);
        Assert.Contains(p => p.StartsWith("OTHER_SETTING refers to ssm://not-json#field", StringComparison.Ordinal), error.Problems);
        Assert.Contains(p => p.StartsWith("THIRD must be ssm://<secret-name>", StringComparison.Ordinal), error.Problems);
    }

    [TestMethod]
    public async Task Build_HalfOfAnExplicitKeyPair_IsAConfigurationProblem()
    {
        var error = await Assert.ThrowsExactlyAsync<ConfigurationException>(() => FunctionApplication.BuildAsync(
            Definition(), new Dictionary<string, string?> { ["X"] = "ssm://x", ["CLOUD_SECRET_ID"] = "AKIDonly" }, TextWriter.Null, TimeProvider.System, TestContext.CancellationToken));

        Assert.Contains("CLOUD_SECRET_KEY must be set together with CLOUD_SECRET_ID.", error.Problems);
    }

    private static async Task<TencentCloudApiEmulator> StartEmulatorAsync()
    {
        var emulator = await TencentCloudApiEmulator.StartAsync();
        emulator.AddKey("AKIDssmtest", "ssm-test-secret-key");
        return emulator;
    }

    private Task<FunctionApplication> BuildAsync(TencentCloudApiEmulator emulator, TextWriter log, Dictionary<string, string?> extra)
    {
        var environment = new Dictionary<string, string?>(extra)
        {
            ["TENCENTCLOUD_ENDPOINT"] = emulator.Endpoint.ToString(),
            ["TENCENTCLOUD_SECRETID"] = "AKIDssmtest",
            ["TENCENTCLOUD_SECRETKEY"] = "ssm-test-secret-key",
            ["TENCENTCLOUD_REGION"] = "ap-guangzhou",
        };
        return FunctionApplication.BuildAsync(Definition(), environment, log, TimeProvider.System, TestContext.CancellationToken);
    }

    private static FunctionDefinition Definition() =>
        TestFunctions.Definition(new DelegateHandler((_, _, _) => throw new InvalidOperationException("unused")));
}
