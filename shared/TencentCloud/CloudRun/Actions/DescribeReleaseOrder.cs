using Functions.TencentCloud.CloudRun.Models;

namespace Functions.TencentCloud.CloudRun.Actions;

/// <summary>tcbr DescribeReleaseOrder request: Describes the release in progress, with replica counts.</summary>
public sealed record DescribeReleaseOrderRequest
{
    /// <summary>The environment.</summary>
    public required string EnvId { get; init; }

    /// <summary>The service.</summary>
    public required string ServerName { get; init; }
}

/// <summary>tcbr DescribeReleaseOrder response.</summary>
public sealed record DescribeReleaseOrderResponse
{
    /// <summary>Whether a release order exists.</summary>
    public bool IsExist { get; init; }

    /// <summary>The release.</summary>
    public ReleaseOrderInfo? ReleaseOrderInfo { get; init; }

    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
}
