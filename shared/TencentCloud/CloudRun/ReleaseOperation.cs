namespace Functions.TencentCloud.CloudRun;

/// <summary>What to do with a release task (tcbr OperateServerManage's OperateType).</summary>
public enum ReleaseOperation
{
    /// <summary><c>cancel</c>: stop the task.</summary>
    Cancel,

    /// <summary><c>go_back</c>: roll the release back.</summary>
    GoBack,

    /// <summary><c>done</c>: finish the release.</summary>
    Done,
}
