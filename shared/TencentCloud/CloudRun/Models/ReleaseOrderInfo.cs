namespace Functions.TencentCloud.CloudRun.Models;

/// <summary>The release in progress (tcbr <c>ReleaseOrderInfo</c>).</summary>
public sealed record ReleaseOrderInfo
{
    /// <summary>The release order id.</summary>
    public long Id { get; init; }

    /// <summary>The service.</summary>
    public string? ServerName { get; init; }

    /// <summary>The version serving before.</summary>
    public VersionInfo? CurrentVersion { get; init; }

    /// <summary>The version being released.</summary>
    public VersionInfo? ReleaseVersion { get; init; }

    /// <summary>Gray status.</summary>
    public string? GrayStatus { get; init; }

    /// <summary>Release status.</summary>
    public string? ReleaseStatus { get; init; }

    /// <summary>FLOW, URL_PARAMS or HEADERS.</summary>
    public string? TrafficType { get; init; }

    /// <summary>The new version's share in percent.</summary>
    public long? FlowRatio { get; init; }

    /// <summary>Whether a release is running.</summary>
    public bool? IsReleasing { get; init; }
}
