using Functions.TencentCloud.CloudRun.Models;

namespace Functions.TencentCloud.CloudRun.Actions;

/// <summary>tcbr DescribeServerManageTask request: Polls a release task.</summary>
public sealed record DescribeServerManageTaskRequest
{
    /// <summary>The environment.</summary>
    public required string EnvId { get; init; }

    /// <summary>The service.</summary>
    public required string ServerName { get; init; }

    /// <summary>The task (0 for the current one).</summary>
    public required long TaskId { get; init; }
}

/// <summary>tcbr DescribeServerManageTask response.</summary>
public sealed record DescribeServerManageTaskResponse
{
    /// <summary>Whether the task exists.</summary>
    public bool IsExist { get; init; }

    /// <summary>The task.</summary>
    public ServerManageTaskInfo? Task { get; init; }

    /// <summary>The request id.</summary>
    public string? RequestId { get; init; }
}
