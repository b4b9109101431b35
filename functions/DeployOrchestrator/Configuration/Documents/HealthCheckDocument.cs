namespace Functions.DeployOrchestrator.Configuration.Documents;

/// <summary>An HTTP health check as written; absent fields take the documented defaults.</summary>
internal sealed class HealthCheckDocument
{
    public string? Url { get; init; }

    public int? ExpectStatus { get; init; }

    public string? JsonField { get; init; }

    public string? ExpectValue { get; init; }

    public int? ConsecutiveSuccesses { get; init; }

    public int? FailureLimit { get; init; }

    public string? Interval { get; init; }

    public string? Timeout { get; init; }

    public string? Deadline { get; init; }
}
