namespace Functions.AlertHandler.Results;

/// <summary>An open group as status shows it.</summary>
/// <param name="Group">Route and group_by values.</param>
/// <param name="Receiver">Its receiver.</param>
/// <param name="Firing">Firing alerts.</param>
/// <param name="Resolved">Resolved alerts not yet flushed.</param>
/// <param name="NextFlushAt">When it is next looked at.</param>
/// <param name="LastNotifiedAt">When it last notified.</param>
internal sealed record GroupView(string Group, string Receiver, int Firing, int Resolved, DateTimeOffset NextFlushAt, DateTimeOffset? LastNotifiedAt);
