namespace Functions.AlertHandler.Results;

/// <summary>What the AlertHandler holds now.</summary>
/// <param name="DryRun">Whether ALERT_DRY_RUN holds every action back.</param>
/// <param name="Groups">Open groups, soonest flush first.</param>
/// <param name="Silences">Active and pending silences.</param>
/// <param name="Actions">Recent actions, newest first, with cooldowns.</param>
/// <param name="Notifications">Recent notifications, newest first.</param>
internal sealed record StatusResult(bool DryRun, IReadOnlyList<GroupView> Groups, IReadOnlyList<SilenceView> Silences, IReadOnlyList<ActionView> Actions, IReadOnlyList<NotificationView> Notifications);
