namespace Functions.AlertHandler.Results;

/// <summary>What a flush did with one group.</summary>
/// <param name="Group">The group (route and group_by values).</param>
/// <param name="Receiver">Its receiver.</param>
/// <param name="Outcome">notified, silent, postponed (a channel could not take it yet) or done (nothing left).</param>
/// <param name="Reason">new, changed or repeat when notified.</param>
/// <param name="Firing">Firing alerts notified.</param>
/// <param name="Resolved">Resolved alerts notified.</param>
/// <param name="Muted">Alerts held back by a silence or an inhibition rule.</param>
/// <param name="Channels">Each channel's result.</param>
internal sealed record GroupOutcome(string Group, string Receiver, string Outcome, string? Reason, int Firing, int Resolved, int Muted, IReadOnlyList<ChannelOutcome> Channels);
