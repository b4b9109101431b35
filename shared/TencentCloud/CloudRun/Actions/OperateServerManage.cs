namespace Functions.TencentCloud.CloudRun.Actions;

/// <summary>tcbr OperateServerManage request: Acts on a release task: cancel, go_back (roll back) or done (finish).</summary>
public sealed record OperateServerManageRequest
{
    /// <summary>The environment.</summary>
    public required string EnvId { get; init; }

    /// <summary>The service.</summary>
    public required string ServerName { get; init; }

    /// <summary>The task.</summary>
    public required long TaskId { get; init; }

    /// <summary>cancel, go_back or done.</summary>
    public required string OperateType { get; init; }

    /// <summary>Why.</summary>
    public string? OperatorRemark { get; init; }
}

/// <summary>tcbr OperateServerManage response.</summary>
public sealed record OperateServerManageResponse
{
    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
}
