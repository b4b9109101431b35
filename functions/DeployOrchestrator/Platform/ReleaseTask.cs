using Functions.TencentCloud.CloudRun.Models;

namespace Functions.DeployOrchestrator.Platform;

/// <summary>
/// Reading a release task's status. tcbr does not document the status values; these are the ones the SDK comments
/// and the console show (<c>running</c>, <c>finished</c>, <c>failed</c>, …), matched loosely so a variant such as
/// <c>deploy_failed</c> still counts.
/// </summary>
internal static class ReleaseTask
{
    /// <summary>Whether the task is still open (operable with done, go_back or cancel).</summary>
    /// <param name="task">The task.</param>
    /// <returns>True while running.</returns>
    public static bool IsRunning(ServerManageTaskInfo task) => string.Equals(task.Status, "running", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the task or one of its steps failed.</summary>
    /// <param name="task">The task.</param>
    /// <returns>True when failed.</returns>
    public static bool HasFailed(ServerManageTaskInfo task) =>
        Contains(task.Status, "fail") || (task.Steps ?? []).Any(s => Contains(s.Status, "fail"));

    /// <summary>Whether someone cancelled or rolled the release back.</summary>
    /// <param name="task">The task.</param>
    /// <returns>True when undone.</returns>
    public static bool WasUndone(ServerManageTaskInfo task) => Contains(task.Status, "cancel") || Contains(task.Status, "back");

    /// <summary>The failure's reason, from the task or its failed step.</summary>
    /// <param name="task">The task.</param>
    /// <returns>The reason, or "no reason given".</returns>
    public static string FailureOf(ServerManageTaskInfo task) =>
        NonEmpty(task.FailReason)
        ?? (task.Steps ?? []).Where(s => Contains(s.Status, "fail")).Select(s => NonEmpty(s.FailReason) is { } r ? $"{s.Name}: {r}" : null).FirstOrDefault(r => r is not null)
        ?? "no reason given";

    private static bool Contains(string? text, string part) => text?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
