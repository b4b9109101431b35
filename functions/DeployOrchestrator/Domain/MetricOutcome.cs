namespace Functions.DeployOrchestrator.Domain;

/// <summary>Where one metric of an analysis stands (Argo's metric phases).</summary>
internal enum MetricOutcome
{
    /// <summary>Fewer measurements than the count, no limit exceeded.</summary>
    Running,

    /// <summary>Every measurement counted, no limit exceeded.</summary>
    Successful,

    /// <summary>Failures exceeded the failure limit.</summary>
    Failed,

    /// <summary>Errors in a row exceeded the consecutive error limit (treated as a failure).</summary>
    Error,

    /// <summary>Inconclusive measurements exceeded the inconclusive limit.</summary>
    Inconclusive,
}
