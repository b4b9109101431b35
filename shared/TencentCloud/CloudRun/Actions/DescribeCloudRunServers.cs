using Functions.TencentCloud.CloudRun.Models;

namespace Functions.TencentCloud.CloudRun.Actions;

/// <summary>tcbr DescribeCloudRunServers request: Lists the environment's services.</summary>
public sealed record DescribeCloudRunServersRequest
{
    /// <summary>The environment.</summary>
    public required string EnvId { get; init; }

    /// <summary>Page size (max 30).</summary>
    public long? PageSize { get; init; }

    /// <summary>Page number from 1.</summary>
    public long? PageNum { get; init; }

    /// <summary>Filter by name.</summary>
    public string? ServerName { get; init; }
}

/// <summary>tcbr DescribeCloudRunServers response.</summary>
public sealed record DescribeCloudRunServersResponse
{
    /// <summary>The services.</summary>
    public IReadOnlyList<ServerBaseInfo>? ServerList { get; init; }

    /// <summary>How many there are.</summary>
    public long Total { get; init; }

    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
}
