using Functions.TencentCloud.CloudRun.Models;

namespace Functions.TencentCloud.CloudRun.Actions;

/// <summary>tcbr ReleaseGray request: Sets the traffic split between versions.</summary>
public sealed record ReleaseGrayRequest
{
    /// <summary>The environment.</summary>
    public required string EnvId { get; init; }

    /// <summary>The service.</summary>
    public required string ServerName { get; init; }

    /// <summary>Gray type (the doc's sample sends FLOW).</summary>
    public required string GrayType { get; init; }

    /// <summary>FLOW (percent), URL_PARAMS or HEADERS.</summary>
    public required string TrafficType { get; init; }

    /// <summary>Each version's share.</summary>
    public IReadOnlyList<VersionFlowInfo>? VersionFlowItems { get; init; }

    /// <summary>The new version's share in percent.</summary>
    public long? GrayFlowRatio { get; init; }

    /// <summary>Why, for the console.</summary>
    public string? OperatorRemark { get; init; }
}

/// <summary>tcbr ReleaseGray response.</summary>
public sealed record ReleaseGrayResponse
{
    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
}
