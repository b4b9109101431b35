using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.Configuration;

/// <summary>The documented defaults of every optional setting (README and tests rely on these values).</summary>
internal static class DeployDefaults
{
    /// <summary>A new version must be ready within this (Argo's default 600 s; exceeding it rolls back, unlike Argo's default).</summary>
    public static readonly TimeSpan ProgressDeadline = TimeSpan.FromMinutes(10);

    /// <summary>The status a health check expects.</summary>
    public const int ExpectStatus = 200;

    /// <summary>Passes in a row a health check needs.</summary>
    public const int ConsecutiveSuccesses = 1;

    /// <summary>Failed probes tolerated (Argo's failureLimit 0: none).</summary>
    public const int HealthFailureLimit = 0;

    /// <summary>Time between probes.</summary>
    public static readonly TimeSpan ProbeInterval = TimeSpan.FromSeconds(5);

    /// <summary>Per-probe timeout.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The most a health check may take.</summary>
    public static readonly TimeSpan HealthDeadline = TimeSpan.FromMinutes(2);

    /// <summary>Time between measurements.</summary>
    public static readonly TimeSpan AnalysisInterval = TimeSpan.FromMinutes(1);

    /// <summary>Measurements per metric.</summary>
    public const int AnalysisCount = 1;

    /// <summary>Wait before the first measurement.</summary>
    public static readonly TimeSpan InitialDelay = TimeSpan.Zero;

    /// <summary>An inconclusive analysis pauses for an operator (Argo).</summary>
    public const InconclusiveAction Inconclusive = InconclusiveAction.Pause;

    /// <summary>Failed measurements tolerated per metric (Argo: 0).</summary>
    public const int MetricFailureLimit = 0;

    /// <summary>Inconclusive measurements tolerated per metric (Argo: 0).</summary>
    public const int InconclusiveLimit = 0;

    /// <summary>Measurement errors in a row tolerated per metric (Argo: 4).</summary>
    public const int ConsecutiveErrorLimit = 4;

    /// <summary>
    /// A query that returns no series fails the measurement: a metric that silently passes with no data is how a broken
    /// query promotes a bad release (flagger#1035, #1581). Metrics that may legitimately see no traffic say so.
    /// </summary>
    public const NoDataPolicy NoData = NoDataPolicy.Fail;

    /// <summary>Blue-green keeps the old version warm this long after the switch (the fast-rollback window).</summary>
    public static readonly TimeSpan ScaleDownDelay = TimeSpan.FromMinutes(10);
}
