using Functions.Autoscaler.Metrics;
using Functions.Autoscaler.Metrics.Configuration;
using Functions.Scf.Configuration;
using Microsoft.Extensions.Configuration;

namespace Functions.Autoscaler.Tests.Metrics;

/// <summary>The metrics variables: defaults, Prometheus only when routed to, and problems that name their variable.</summary>
[TestClass]
public sealed class MetricsSettingsTests
{
    [TestMethod]
    public void Read_Nothing_CloudMonitorWithTheDefaultWindow()
    {
        var (settings, problems) = Read([]);

        Assert.IsEmpty(problems);
        Assert.AreEqual(MetricsRouting.CloudMonitorOnly.Default, settings.Routing.Default);
        Assert.AreEqual(TimeSpan.FromMinutes(3), settings.LookBack);
        Assert.IsNull(settings.CloudMonitor.ServiceId);
        Assert.IsNull(settings.Prometheus);
    }

    [TestMethod]
    public void Read_PrometheusRouting_ReadsUrlQueriesAndBearerToken()
    {
        var (settings, problems) = Read(new()
        {
            ["AUTOSCALER_METRICS_SOURCE"] = "requests=prometheus",
            ["AUTOSCALER_PROMETHEUS_URL"] = "https://prom.example.com/api/prom",
            ["AUTOSCALER_PROMETHEUS_QUERIES"] = """{"requests":"sum(rate(http_requests_total[2m]))"}""",
            ["AUTOSCALER_PROMETHEUS_BEARER_TOKEN"] = "tok-123",
            ["AUTOSCALER_PROMETHEUS_TIMEOUT_MS"] = "2000",
            ["AUTOSCALER_METRICS_WINDOW_SECONDS"] = "300",
            ["AUTOSCALER_MONITOR_SERVICE_ID"] = "7",
        });

        Assert.IsEmpty(problems);
        var prometheus = settings.Prometheus!;
        Assert.AreEqual("https://prom.example.com/api/prom/", prometheus.BaseUrl.AbsoluteUri, "a path prefix is kept");
        Assert.AreEqual("sum(rate(http_requests_total[2m]))", prometheus.Queries["requests"]);
        Assert.AreEqual("Bearer tok-123", prometheus.Authorization!.ToString());
        Assert.AreEqual(TimeSpan.FromSeconds(2), prometheus.AttemptTimeout);
        Assert.AreEqual(TimeSpan.FromMinutes(5), settings.LookBack);
        Assert.AreEqual("7", settings.CloudMonitor.ServiceId);
    }

    [TestMethod]
    public void Read_BasicAuth_IsBase64OfUserAndPassword()
    {
        var (settings, problems) = Read(new()
        {
            ["AUTOSCALER_METRICS_SOURCE"] = "prometheus",
            ["AUTOSCALER_PROMETHEUS_URL"] = "http://127.0.0.1:9090",
            ["AUTOSCALER_PROMETHEUS_QUERIES"] = "cpu=avg(x)",
            ["AUTOSCALER_PROMETHEUS_USERNAME"] = "1300000000",
            ["AUTOSCALER_PROMETHEUS_PASSWORD"] = "pw",
        });

        Assert.IsEmpty(problems);
        Assert.AreEqual("Basic MTMwMDAwMDAwMDpwdw==", settings.Prometheus!.Authorization!.ToString());
    }

    [TestMethod]
    public void Read_PrometheusRoutedWithoutItsSettings_NamesEachVariable()
    {
        var (_, problems) = Read(new() { ["AUTOSCALER_METRICS_SOURCE"] = "requests=prometheus" });

        Assert.HasCount(2, problems);
        Assert.StartsWith("AUTOSCALER_PROMETHEUS_URL is required", problems[0]);
        Assert.StartsWith("AUTOSCALER_PROMETHEUS_QUERIES is required", problems[1]);
    }

    [TestMethod]
    public void Read_RoutedMetricWithoutAQuery_IsAProblem()
    {
        var (_, problems) = Read(new()
        {
            ["AUTOSCALER_METRICS_SOURCE"] = "requests=prometheus,queue_depth=prometheus",
            ["AUTOSCALER_PROMETHEUS_URL"] = "http://127.0.0.1:9090",
            ["AUTOSCALER_PROMETHEUS_QUERIES"] = "requests=sum(rate(x[2m]))",
        });

        Assert.AreSequenceEqual(
            new[] { "AUTOSCALER_PROMETHEUS_QUERIES has no query for 'queue_depth', which AUTOSCALER_METRICS_SOURCE routes to prometheus." }, problems.ToArray());
    }

    [TestMethod]
    public void Read_Mistakes_AreEachNamed_WithoutShowingSecrets()
    {
        var (_, problems) = Read(new()
        {
            ["AUTOSCALER_METRICS_SOURCE"] = "prometheus",
            ["AUTOSCALER_PROMETHEUS_URL"] = "http://admin:hunter2@127.0.0.1:9090",
            ["AUTOSCALER_PROMETHEUS_QUERIES"] = "{\"cpu\": 1}",
            ["AUTOSCALER_PROMETHEUS_BEARER_TOKEN"] = "tok-secret",
            ["AUTOSCALER_PROMETHEUS_USERNAME"] = "admin",
            ["AUTOSCALER_METRICS_WINDOW_SECONDS"] = "5",
        });

        Assert.HasCount(4, problems);
        Assert.StartsWith("AUTOSCALER_METRICS_WINDOW_SECONDS must be an integer from 60 to 3600", problems[0]);
        Assert.StartsWith("AUTOSCALER_PROMETHEUS_URL must not carry credentials", problems[1]);
        Assert.StartsWith("AUTOSCALER_PROMETHEUS_QUERIES the query of 'cpu' must be a JSON string", problems[2]);
        Assert.StartsWith("AUTOSCALER_PROMETHEUS_BEARER_TOKEN and AUTOSCALER_PROMETHEUS_USERNAME/PASSWORD are alternatives", problems[3]);
        Assert.DoesNotContain(p => p.Contains("hunter2", StringComparison.Ordinal) || p.Contains("tok-secret", StringComparison.Ordinal), problems);
    }

    [TestMethod]
    public void Read_UnknownSource_NamesTheVariable()
    {
        var (_, problems) = Read(new() { ["AUTOSCALER_METRICS_SOURCE"] = "datadog" });

        Assert.AreSequenceEqual(new[] { "AUTOSCALER_METRICS_SOURCE 'datadog' is not a metrics source: use cloudmonitor or prometheus." }, problems.ToArray());
    }

    [TestMethod]
    public void Variables_ListEveryVariableRead_SecretsMarked()
    {
        var names = MetricsVariables.All.Select(v => v.Name).ToArray();

        Assert.HasCount(9, names);
        Assert.AreEqual(Sensitivity.Secret, MetricsVariables.All.Single(v => v.Name == "AUTOSCALER_PROMETHEUS_BEARER_TOKEN").Sensitivity);
        Assert.AreEqual(Sensitivity.Secret, MetricsVariables.All.Single(v => v.Name == "AUTOSCALER_PROMETHEUS_PASSWORD").Sensitivity);
    }

    private static (MetricsSettings Settings, IReadOnlyList<string> Problems) Read(Dictionary<string, string?> values)
    {
        var reader = new SettingsReader(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        var settings = MetricsSettings.Read(reader);
        return (settings, reader.Problems);
    }
}
