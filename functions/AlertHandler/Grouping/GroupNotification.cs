using Functions.AlertHandler.Alerts;
using Functions.AlertHandler.Routing;

namespace Functions.AlertHandler.Grouping;

/// <summary>A notification a group is due to send.</summary>
/// <param name="Key">The group key.</param>
/// <param name="Receiver">The receiver.</param>
/// <param name="Reason">Why it is sent.</param>
/// <param name="Firing">Every firing alert of the group, sorted by fingerprint.</param>
/// <param name="Resolved">Resolved alerts that had been notified as firing (empty without send_resolved).</param>
/// <param name="NewFiring">Fingerprints among <paramref name="Firing"/> not notified before, for "only what changed" messages.</param>
/// <param name="StateHash">
/// SHA-256 (hex) of the sorted firing fingerprints and the sorted resolved ones: what is being said, the notification
/// log's key beside receiver and group key.
/// </param>
/// <param name="IdempotencyKey">
/// SHA-256 (hex) of group key, receiver, state hash and the previous notification's time: equal for two invocations
/// planning from the same state (so only one sends), different for each repeat of an unchanged state.
/// </param>
internal sealed record GroupNotification(
    GroupKey Key,
    string Receiver,
    NotificationReason Reason,
    IReadOnlyList<Alert> Firing,
    IReadOnlyList<Alert> Resolved,
    IReadOnlyList<string> NewFiring,
    string StateHash,
    string IdempotencyKey)
{
    /// <summary>The reason as text: <c>new</c>, <c>changed</c> or <c>repeat</c>.</summary>
    public string ReasonText => Reason switch
    {
        NotificationReason.New => "new",
        NotificationReason.Changed => "changed",
        _ => "repeat",
    };

    /// <summary>The hash of a notified state.</summary>
    /// <param name="firing">Firing fingerprints, any order.</param>
    /// <param name="resolved">Resolved fingerprints, any order.</param>
    /// <returns>SHA-256 in lowercase hex of <c>firing:a,b\nresolved:c</c> with each list sorted.</returns>
    public static string HashState(IEnumerable<string> firing, IEnumerable<string> resolved) => GroupKey.HashText(
        "firing:" + string.Join(",", firing.Order(StringComparer.Ordinal)) + "\nresolved:" + string.Join(",", resolved.Order(StringComparer.Ordinal)));
}
