using Functions.Autoscaler.Metrics;
using Functions.Autoscaler.Policy;
using Microsoft.Extensions.Logging.Abstractions;

namespace Functions.Autoscaler.Tests.Metrics;

/// <summary>Each tracked metric goes to its source; a failed source leaves its metrics missing with the error, the others read.</summary>
[TestClass]
public sealed class CompositeMetricsSourceTests
{
    private static readonly MetricTarget[] Targets =
    [
        new("cpu", MetricKind.Utilization, 70), new("memory", MetricKind.Utilization, 80), new("requests", MetricKind.AverageValue, 100),
        new("queue_depth", MetricKind.Value, 50),
    ];

    private static readonly MetricsRouting RequestsAndQueueFromPrometheus = MetricsRouting.Parse("requests=prometheus,queue_depth=prometheus");

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Read_RoutesEachMetricToItsSource_AndKeepsTheTargetsOrder()
    {
        var cloud = new RecordingMetricsSource(new Dictionary<string, double> { ["cpu"] = 55, ["memory"] = 61 });
        var prometheus = new RecordingMetricsSource(new Dictionary<string, double> { ["requests"] = 240, ["queue_depth"] = 7 });

        var readings = await Composite(cloud, prometheus, RequestsAndQueueFromPrometheus).ReadAsync(Query(), TestContext.CancellationToken);

        Assert.AreSequenceEqual(new[] { "cpu", "memory", "requests", "queue_depth" }, readings.Select(r => r.Name).ToArray());
        Assert.AreSequenceEqual(new double?[] { 55, 61, 240, 7 }, readings.Select(r => r.Value).ToArray());
        Assert.AreSequenceEqual(new[] { "cpu", "memory" }, cloud.Queries.Single().Targets.Select(t => t.Name).ToArray());
        Assert.AreSequenceEqual(new[] { "requests", "queue_depth" }, prometheus.Queries.Single().Targets.Select(t => t.Name).ToArray());
        Assert.AreEqual(3, prometheus.Queries.Single().CurrentInstances, "the rest of the query travels unchanged");
    }

    [TestMethod]
    public async Task Read_UnreachableSource_EachOfItsMetricsIsMissingWithTheError_OthersRead()
    {
        var cloud = new RecordingMetricsSource(new Dictionary<string, double> { ["cpu"] = 55, ["memory"] = 61 });
        var prometheus = new RecordingMetricsSource(new Dictionary<string, double>())
        {
            Failure = new MetricsSourceException("Prometheus at http://10.0.0.5:9090 cannot be reached: Connection refused"),
        };

        var readings = await Composite(cloud, prometheus, RequestsAndQueueFromPrometheus).ReadAsync(Query(), TestContext.CancellationToken);

        Assert.AreEqual(55, readings[0].Value);
        Assert.AreEqual(61, readings[1].Value);
        foreach (var missing in readings.Skip(2))
        {
            Assert.IsNull(missing.Value);
            Assert.AreEqual("Prometheus at http://10.0.0.5:9090 cannot be reached: Connection refused", missing.Problem);
        }
    }

    [TestMethod]
    public async Task Read_SourceLeavesAMetricOut_ItIsMissing()
    {
        var cloud = new RecordingMetricsSource(new Dictionary<string, double> { ["cpu"] = 55 });

        var readings = await Composite(cloud, null, MetricsRouting.CloudMonitorOnly).ReadAsync(Query(Targets[..2]), TestContext.CancellationToken);

        Assert.AreEqual(55, readings[0].Value);
        Assert.AreEqual(MetricReading.Missing("memory", "the cloudmonitor source returned no reading for it"), readings[1]);
    }

    [TestMethod]
    public async Task Read_RoutedToASourceThatIsNotConfigured_IsMissing()
    {
        var cloud = new RecordingMetricsSource(new Dictionary<string, double> { ["cpu"] = 55 });

        var readings = await Composite(cloud, null, MetricsRouting.Parse("requests=prometheus")).ReadAsync(Query([Targets[0], Targets[2]]), TestContext.CancellationToken);

        Assert.AreEqual(MetricReading.Missing("requests", "routed to prometheus, which is not configured"), readings[1]);
    }

    [TestMethod]
    public async Task Read_ABugInASource_IsNotSwallowed()
    {
        var cloud = new RecordingMetricsSource(new Dictionary<string, double>()) { Failure = new InvalidOperationException("bug") };

        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => Composite(cloud, null, MetricsRouting.CloudMonitorOnly).ReadAsync(Query(), TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Read_ExtraReadingsFromASource_AreIgnored()
    {
        var cloud = new RecordingMetricsSource(new Dictionary<string, double> { ["cpu"] = 55, ["memory"] = 61 });
        var composite = Composite(new ExtraReadingSource(cloud), null, MetricsRouting.CloudMonitorOnly);

        var readings = await composite.ReadAsync(Query(Targets[..1]), TestContext.CancellationToken);

        Assert.AreEqual(MetricReading.Of("cpu", 55), readings.Single());
    }

    private static CompositeMetricsSource Composite(IMetricsSource cloud, IMetricsSource? prometheus, MetricsRouting routing)
    {
        var sources = new Dictionary<MetricsSourceKind, IMetricsSource> { [MetricsSourceKind.CloudMonitor] = cloud };
        if (prometheus is not null)
        {
            sources[MetricsSourceKind.Prometheus] = prometheus;
        }

        return new CompositeMetricsSource(sources, routing, NullLogger<CompositeMetricsSource>.Instance);
    }

    private static MetricsQuery Query(IReadOnlyList<MetricTarget>? targets = null) =>
        new("env-1", "superinsight", targets ?? Targets, 3, new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero), MetricsQuery.DefaultLookBack);

    private sealed class ExtraReadingSource(IMetricsSource inner) : IMetricsSource
    {
        public async Task<IReadOnlyList<MetricReading>> ReadAsync(MetricsQuery query, CancellationToken cancellationToken) =>
            [.. await inner.ReadAsync(query, cancellationToken), MetricReading.Of("stowaway", 1)];
    }
}
