using Functions.TencentCloud.CloudRun.Models;

namespace Functions.TencentCloud.CloudRun.Actions;

/// <summary>tcbr UpdateCloudRunServer request: Deploys a new version.</summary>
public sealed record UpdateCloudRunServerRequest
{
    /// <summary>The environment.</summary>
    public required string EnvId { get; init; }

    /// <summary>The service.</summary>
    public required string ServerName { get; init; }

    /// <summary>What to deploy and how to release it.</summary>
    public required DeployParam DeployInfo { get; init; }

    /// <summary>Configuration changes deployed with it.</summary>
    public IReadOnlyList<DiffConfigItem>? Items { get; init; }
}

/// <summary>tcbr UpdateCloudRunServer response.</summary>
public sealed record UpdateCloudRunServerResponse
{
    /// <summary>The environment.</summary>
    public string? EnvId { get; init; }

    /// <summary>The release task.</summary>
    public long TaskId { get; init; }

    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
}
