namespace Functions.AlertHandler.State;

/// <summary>What a flush of one group did, to be recorded.</summary>
/// <param name="GroupKey">The group.</param>
/// <param name="ClaimedAt">When the flush claimed it (resolutions after this are not its to remove).</param>
/// <param name="At">When the flush finished.</param>
/// <param name="NextFlushAt">When the group is next looked at.</param>
/// <param name="Flushed">Whether the flush planned the group (false: it only postponed it, e.g. a receiver was rate limited).</param>
/// <param name="NotifiedAt">When a notification went out, or null when none did.</param>
/// <param name="NotifiedFiring">The firing fingerprints now notified, or null to keep the previous set.</param>
/// <param name="NotifiedResolved">The resolved fingerprints now notified, or null to keep the previous set.</param>
/// <param name="RemoveResolved">Resolved alerts to drop from the group.</param>
internal sealed record GroupFlush(
    string GroupKey,
    DateTimeOffset ClaimedAt,
    DateTimeOffset At,
    DateTimeOffset NextFlushAt,
    bool Flushed,
    DateTimeOffset? NotifiedAt,
    IReadOnlyList<string>? NotifiedFiring,
    IReadOnlyList<string>? NotifiedResolved,
    IReadOnlyList<string> RemoveResolved);
