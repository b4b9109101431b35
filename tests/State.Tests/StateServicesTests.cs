using System.Text.Json;
using Functions.Scf.Configuration;
using Functions.Scf.Hosting;
using Functions.TestSupport;

namespace Functions.State.Tests;

/// <summary>The state stores registered from configuration, checked against the real local PostgreSQL and Redis.</summary>
[TestClass]
[TestCategory("Integration")]
public sealed class StateServicesTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Health_RealPostgresAndRedis_AreHealthyWithVersions()
    {
        var environment = new Dictionary<string, string?>
        {
            ["DATABASE_URL"] = TestEnvironment.RequireVariable("DATABASE_URL"),
            ["REDIS_URL"] = TestEnvironment.RequireVariable("REDIS_URL"),
        };

        var report = await HealthAsync(environment);

        Assert.AreEqual("Healthy", report.GetProperty("status").GetString(), report.ToString());
        var checks = report.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("description").GetString()!);
        Assert.StartsWith("PostgreSQL 15", checks["postgres (DATABASE_URL)"]);
        Assert.StartsWith("Redis 7", checks["redis (REDIS_URL)"]);
        Assert.DoesNotContain("local-superuser-pw", report.ToString());
    }

    [TestMethod]
    public async Task Health_UnreachableStores_AreUnhealthyNamingEach()
    {
        var environment = new Dictionary<string, string?>
        {
            ["DATABASE_URL"] = "postgres://u:unreachable-pw@127.0.0.1:1/db?connect_timeout=2",
            ["REDIS_URL"] = "redis://127.0.0.1:1/0",
        };

        var error = await Assert.ThrowsExactlyAsync<Scf.Errors.FunctionException>(() => HealthAsync(environment));

        Assert.AreEqual("Unhealthy", error.ErrorType);
        Assert.Contains("postgres (DATABASE_URL)", error.Message);
        Assert.Contains("redis (REDIS_URL)", error.Message);
        Assert.DoesNotContain("unreachable-pw", error.Message);
    }

    [TestMethod]
    public void Configure_BadUrls_AreConfigurationProblemsNamingTheVariables()
    {
        var environment = new Dictionary<string, string?> { ["DATABASE_URL"] = "mysql://x", ["REDIS_URL"] = "memcached://y" };

        var error = Assert.ThrowsExactly<ConfigurationException>(() => Build(environment));

        Assert.Contains(p => p.StartsWith("DATABASE_URL must be a postgres://", StringComparison.Ordinal), error.Problems);
        Assert.Contains(p => p.StartsWith("REDIS_URL must be a redis://", StringComparison.Ordinal), error.Problems);
    }

    private async Task<JsonElement> HealthAsync(Dictionary<string, string?> environment)
    {
        await using var application = Build(environment);
        var result = await HealthCommand.RunAsync(application.Function, application.Services, TestContext.CancellationToken);
        return JsonDocument.Parse(result.Utf8Json).RootElement.Clone();
    }

    private static FunctionApplication Build(Dictionary<string, string?> environment) =>
        TestFunctions.Build(
            TestFunctions.Definition(new DelegateHandler((_, _, _) => throw new InvalidOperationException("unused")), f =>
            {
                f.AddPostgres(StateVariables.DatabaseUrl, required: true);
                f.AddRedis(StateVariables.RedisUrl, required: true);
            }),
            TextWriter.Null,
            TimeProvider.System,
            environment);
}
