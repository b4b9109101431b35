using Functions.TencentCloud.CloudRun.Models;

namespace Functions.TencentCloud.CloudRun.Actions;

/// <summary>tcbr SubmitServerConfigChangeDiff request: Changes a service's configuration (scaling bounds, scaler rules, run mode) without a new image.</summary>
public sealed record SubmitServerConfigChangeDiffRequest
{
    /// <summary>The environment.</summary>
    public required string EnvId { get; init; }

    /// <summary>The service.</summary>
    public required string ServerName { get; init; }

    /// <summary>The changes.</summary>
    public required IReadOnlyList<DiffConfigItem> Items { get; init; }
}

/// <summary>tcbr SubmitServerConfigChangeDiff response.</summary>
public sealed record SubmitServerConfigChangeDiffResponse
{
    /// <summary>0 when applied at once; otherwise the task to poll.</summary>
    public long TaskId { get; init; }

    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
}
