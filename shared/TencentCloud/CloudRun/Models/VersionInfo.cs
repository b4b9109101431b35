namespace Functions.TencentCloud.CloudRun.Models;

/// <summary>A version in a release order, with its replica counts.</summary>
public sealed record VersionInfo
{
    /// <summary>The version.</summary>
    public string? VersionName { get; init; }

    /// <summary>Its traffic share in percent.</summary>
    public long? FlowRatio { get; init; }

    /// <summary>Its status.</summary>
    public string? Status { get; init; }

    /// <summary>Fewest replicas.</summary>
    public long? MinReplicas { get; init; }

    /// <summary>Most replicas.</summary>
    public long? MaxReplicas { get; init; }

    /// <summary>Replicas running now.</summary>
    public long? CurrentReplicas { get; init; }
}
