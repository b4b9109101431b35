using System.Text.Json;
using Functions.Scf.Configuration;
using Functions.Scf.Errors;
using Functions.Scf.Hosting;
using Functions.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.ObjectStorage.Tests;

/// <summary>The store registered from a function's configuration, with its health check.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class ObjectStorageServicesTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Health_S3rver_IsHealthyNamingTheRepository()
    {
        var environment = new Dictionary<string, string?>
        {
            ["BACKUP_REPOSITORY"] = $"s3://{TestEnvironment.RequireVariable("S3_BUCKET")}/health",
            ["S3_ENDPOINT"] = TestEnvironment.RequireVariable("S3_ENDPOINT"),
            ["S3_ACCESS_KEY_ID"] = TestEnvironment.RequireVariable("S3_ACCESS_KEY_ID"),
            ["S3_SECRET_ACCESS_KEY"] = TestEnvironment.RequireVariable("S3_SECRET_ACCESS_KEY"),
        };

        await using var application = Build(environment);
        var result = await HealthCommand.RunAsync(application.Function, application.Services, TestContext.CancellationToken);
        var report = JsonDocument.Parse(result.Utf8Json).RootElement;

        Assert.AreEqual("Healthy", report.GetProperty("status").GetString(), report.ToString());
        var check = report.GetProperty("checks").EnumerateArray().Single();
        Assert.AreEqual("object store (BACKUP_REPOSITORY)", check.GetProperty("name").GetString());
        Assert.StartsWith($"s3://{environment["BACKUP_REPOSITORY"]![5..]}/ at http://127.0.0.1:", check.GetProperty("description").GetString());
        Assert.AreSame(application.Services.GetRequiredService<ObjectStoreClient>(), application.Services.GetRequiredService<IObjectStore>());
    }

    [TestMethod]
    public async Task Health_Unreachable_IsUnhealthyWithoutTheSecret()
    {
        var environment = new Dictionary<string, string?>
        {
            ["BACKUP_REPOSITORY"] = "s3://bucket/x",
            ["S3_ENDPOINT"] = "http://127.0.0.1:1",
            ["S3_ACCESS_KEY_ID"] = "id",
            ["S3_SECRET_ACCESS_KEY"] = "unreachable-secret",
        };

        await using var application = Build(environment);
        var error = await Assert.ThrowsExactlyAsync<FunctionException>(
            () => HealthCommand.RunAsync(application.Function, application.Services, TestContext.CancellationToken));

        Assert.AreEqual("Unhealthy", error.ErrorType);
        Assert.Contains("object store (BACKUP_REPOSITORY): s3://bucket/x/ at http://127.0.0.1:1/bucket: ListObjects failed: ConnectionFailed", error.Message);
        Assert.DoesNotContain("unreachable-secret", error.Message);
    }

    [TestMethod]
    public void Configure_BadRepository_IsAProblemNamingTheVariable()
    {
        var error = Assert.ThrowsExactly<ConfigurationException>(() => Build(new() { ["BACKUP_REPOSITORY"] = "cos://no-appid/x" }));

        Assert.Contains(p => p.StartsWith("BACKUP_REPOSITORY must name a COS bucket as <name>-<appid>", StringComparison.Ordinal), error.Problems);
    }

    private static FunctionApplication Build(Dictionary<string, string?> environment) =>
        TestFunctions.Build(
            TestFunctions.Definition(new DelegateHandler((_, _, _) => throw new InvalidOperationException("unused")), f => f.AddObjectStore("BACKUP_REPOSITORY")),
            TextWriter.Null,
            TimeProvider.System,
            environment);
}
