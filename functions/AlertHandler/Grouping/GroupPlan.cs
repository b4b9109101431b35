namespace Functions.AlertHandler.Grouping;

/// <summary>
/// What to do with a group now. When not due, wait until <see cref="NextDueAt"/>. When due, send
/// <see cref="Notification"/> if there is one, and only once it was delivered store <see cref="Next"/> (or delete the
/// group when <see cref="IsDone"/>); if delivery fails keep the old state, and the next plan retries the same
/// notification with the same idempotency key.
/// </summary>
/// <param name="IsDue">Whether the group's timer has expired.</param>
/// <param name="NextDueAt">When to look again; null when the group is done.</param>
/// <param name="Notification">What to send, or null when nothing (not due, or nothing worth saying).</param>
/// <param name="Next">The state to store after this plan is carried out.</param>
internal sealed record GroupPlan(bool IsDue, DateTimeOffset? NextDueAt, GroupNotification? Notification, GroupState Next)
{
    /// <summary>Whether the group has no alerts left after this plan: delete it.</summary>
    public bool IsDone => IsDue && Next.IsEmpty;
}
