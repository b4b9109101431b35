using Functions.TencentCloud.CloudRun.Models;

namespace Functions.TencentCloud.CloudRun.Actions;

/// <summary>tcbr DescribeCloudRunServerDetail request: Describes one service: configuration and the versions serving traffic.</summary>
public sealed record DescribeCloudRunServerDetailRequest
{
    /// <summary>The environment.</summary>
    public required string EnvId { get; init; }

    /// <summary>The service.</summary>
    public required string ServerName { get; init; }
}

/// <summary>tcbr DescribeCloudRunServerDetail response.</summary>
public sealed record DescribeCloudRunServerDetailResponse
{
    /// <summary>Summary.</summary>
    public ServerBaseInfo? BaseInfo { get; init; }

    /// <summary>Configuration, including scaling.</summary>
    public ServerBaseConfig? ServerConfig { get; init; }

    /// <summary>Versions serving traffic and their shares.</summary>
    public IReadOnlyList<OnlineVersionInfo>? OnlineVersionInfos { get; init; }

    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
}
