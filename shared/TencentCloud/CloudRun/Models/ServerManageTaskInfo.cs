namespace Functions.TencentCloud.CloudRun.Models;

/// <summary>A release task (tcbr <c>ServerManageTaskInfo</c>) and its steps.</summary>
public sealed record ServerManageTaskInfo
{
    /// <summary>The task id.</summary>
    public long Id { get; init; }

    /// <summary>The service.</summary>
    public string? ServerName { get; init; }

    /// <summary>What changed.</summary>
    public string? ChangeType { get; init; }

    /// <summary>GRAY or FULL.</summary>
    public string? ReleaseType { get; init; }

    /// <summary>The version before.</summary>
    public string? PreVersionName { get; init; }

    /// <summary>The version being released.</summary>
    public string? VersionName { get; init; }

    /// <summary>The task's status (values undocumented; <c>running</c> while in progress).</summary>
    public string? Status { get; init; }

    /// <summary>Why it failed.</summary>
    public string? FailReason { get; init; }

    /// <summary>When it was created.</summary>
    public string? CreateTime { get; init; }

    /// <summary>Its steps.</summary>
    public IReadOnlyList<TaskStepInfo>? Steps { get; init; }
}
