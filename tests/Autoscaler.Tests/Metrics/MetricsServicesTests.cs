using Functions.Autoscaler.Metrics;
using Functions.Autoscaler.Metrics.Configuration;
using Functions.Autoscaler.Policy;
using Functions.Scf.Cloud;
using Functions.Scf.Configuration;
using Functions.Scf.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Functions.Autoscaler.Tests.Metrics;

/// <summary>The one registration the function calls: settings read, the routing composite resolvable over the configured sources.</summary>
[TestClass]
public sealed class MetricsServicesTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Add_WithPrometheusForRequests_ResolvesTheCompositeOverBothSources()
    {
        await using var prometheus = await FakePrometheus.StartAsync((_, _) => (200, FakePrometheus.Vector(240)));
        var (provider, problems) = Build(new()
        {
            ["AUTOSCALER_METRICS_SOURCE"] = "requests=prometheus",
            ["AUTOSCALER_PROMETHEUS_URL"] = prometheus.BaseUrl.AbsoluteUri,
            ["AUTOSCALER_PROMETHEUS_QUERIES"] = "requests=sum(rate(http_requests_total[2m]))",
        });
        using var services = provider;

        var source = services.GetRequiredService<IMetricsSource>();
        var settings = services.GetRequiredService<MetricsSettings>();
        var readings = await source.ReadAsync(
            settings.Query("env-1", "superinsight", [new MetricTarget("requests", MetricKind.AverageValue, 100)], 2, TimeProvider.System.GetUtcNow()),
            TestContext.CancellationToken);

        Assert.IsEmpty(problems);
        Assert.IsInstanceOfType<CompositeMetricsSource>(source);
        Assert.AreEqual(MetricReading.Of("requests", 240), readings.Single());
        Assert.AreEqual(MetricsQuery.DefaultLookBack, settings.LookBack);
    }

    [TestMethod]
    public void Add_Misconfigured_RecordsTheProblemsOnTheFunctionsReader()
    {
        var (provider, problems) = Build(new() { ["AUTOSCALER_METRICS_SOURCE"] = "prometheus" });
        provider.Dispose();

        Assert.HasCount(2, problems);
        Assert.IsTrue(problems.All(p => p.StartsWith("AUTOSCALER_PROMETHEUS_", StringComparison.Ordinal)));
    }

    private static (ServiceProvider Provider, IReadOnlyList<string> Problems) Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        var function = new FunctionServices(services, configuration, new SettingsReader(configuration), services.AddHealthChecks());
        function.AddTencentCloud();
        MetricsServices.Add(function);
        return (services.BuildServiceProvider(), function.Settings.Problems);
    }
}
