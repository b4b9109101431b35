using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Metrics;

/// <summary>What a metrics source needs to read one evaluation's metrics.</summary>
/// <param name="EnvId">The CloudBase environment.</param>
/// <param name="ServiceName">The CloudBase Run service.</param>
/// <param name="Targets">The tracked metrics; a source answers for each it is given.</param>
/// <param name="CurrentInstances">Instances running now.</param>
/// <param name="Now">The evaluation time: samples are read as of this moment.</param>
/// <param name="LookBack">How old the newest sample may be before it counts as stale (default <see cref="DefaultLookBack"/>).</param>
internal sealed record MetricsQuery(
    string EnvId,
    string ServiceName,
    IReadOnlyList<MetricTarget> Targets,
    int CurrentInstances,
    DateTimeOffset Now,
    TimeSpan LookBack)
{
    /// <summary>Three minutes: two or three one-minute Cloud Monitor periods, allowing for its ingestion delay.</summary>
    public static readonly TimeSpan DefaultLookBack = TimeSpan.FromMinutes(3);

    /// <summary>The same query for some of the targets only.</summary>
    /// <param name="targets">The targets.</param>
    /// <returns>The narrowed query.</returns>
    public MetricsQuery For(IReadOnlyList<MetricTarget> targets) => this with { Targets = targets };
}
