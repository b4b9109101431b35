namespace Functions.Autoscaler.Metrics;

/// <summary>The metrics sources a tracked metric can be routed to.</summary>
internal enum MetricsSourceKind
{
    /// <summary>Tencent Cloud Monitor (QCE/TCB_DOCKER) for cpu and memory, CloudBase curves for requests.</summary>
    CloudMonitor,

    /// <summary>A Prometheus server's HTTP API, one configured PromQL query per metric.</summary>
    Prometheus,
}
