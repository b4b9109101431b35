namespace Functions.AlertHandler.State;

/// <summary>A group as persisted: its identity, its timers, what was last notified and its alerts.</summary>
/// <param name="GroupKey">The route's id and the values of its group_by labels, hashed.</param>
/// <param name="GroupKeyText">The key for people.</param>
/// <param name="RouteId">The route that made the group.</param>
/// <param name="Receiver">The receiver it notifies.</param>
/// <param name="GroupLabels">The group_by labels and their values.</param>
/// <param name="CreatedAt">When its first alert arrived (group_wait counts from here).</param>
/// <param name="NextFlushAt">When the flush next looks at it.</param>
/// <param name="LastFlushAt">When a flush last looked at it, or null.</param>
/// <param name="LastNotifiedAt">When it last notified, or null.</param>
/// <param name="NotifiedFiring">The firing fingerprints last notified.</param>
/// <param name="NotifiedResolved">The resolved fingerprints last notified.</param>
/// <param name="Alerts">Its alerts.</param>
internal sealed record StoredGroup(
    string GroupKey,
    string GroupKeyText,
    string RouteId,
    string Receiver,
    IReadOnlyDictionary<string, string> GroupLabels,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextFlushAt,
    DateTimeOffset? LastFlushAt,
    DateTimeOffset? LastNotifiedAt,
    IReadOnlyList<string> NotifiedFiring,
    IReadOnlyList<string> NotifiedResolved,
    IReadOnlyList<StoredAlert> Alerts);
