using Functions.TencentCloud.CloudRun.Models;

namespace Functions.TencentCloud.CloudRun.Actions;

/// <summary>tcbr DescribeCloudRunPodList request: Lists a service's running instances.</summary>
public sealed record DescribeCloudRunPodListRequest
{
    /// <summary>The environment.</summary>
    public required string EnvId { get; init; }

    /// <summary>The service.</summary>
    public required string ServerName { get; init; }

    /// <summary>Only this version's pods.</summary>
    public string? VersionName { get; init; }

    /// <summary>Page size (max 50).</summary>
    public long? PageSize { get; init; }

    /// <summary>Page number from 1.</summary>
    public long? PageNum { get; init; }
}

/// <summary>tcbr DescribeCloudRunPodList response.</summary>
public sealed record DescribeCloudRunPodListResponse
{
    /// <summary>The pods on this page.</summary>
    public IReadOnlyList<PodInfo>? PodList { get; init; }

    /// <summary>How many pods run.</summary>
    public long TotalCount { get; init; }

    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
}
