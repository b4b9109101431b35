using System.Security.Cryptography;
using System.Text;

namespace Functions.AlertHandler.Routing;

/// <summary>
/// Identifies one group: the route's id and the values of its group_by labels. <see cref="Text"/> is the readable form
/// (<c>0.1:{alertname="HighCpu", policy_id="policy-1"}</c>); <see cref="Hash"/> is its SHA-256 in lowercase hex, the
/// form stored and reused as a dedup key, as Alertmanager hashes its groupKey for PagerDuty and Opsgenie.
/// </summary>
/// <param name="RouteId">The route's id.</param>
/// <param name="Labels">The group labels, sorted by name.</param>
/// <param name="Text">The readable key.</param>
/// <param name="Hash">SHA-256 of <paramref name="Text"/>, 64 lowercase hex digits.</param>
internal sealed record GroupKey(string RouteId, IReadOnlyList<KeyValuePair<string, string>> Labels, string Text, string Hash)
{
    /// <summary>The key of the group an alert joins on a route.</summary>
    /// <param name="routeId">The route's id.</param>
    /// <param name="groupBy">The route's grouping.</param>
    /// <param name="labels">The alert's labels.</param>
    /// <returns>The key; the same for any order of labels.</returns>
    public static GroupKey For(string routeId, GroupBy groupBy, IReadOnlyDictionary<string, string> labels)
    {
        var selected = groupBy.Select(labels);
        var text = routeId + ":{" + string.Join(", ", selected.Select(l => l.Key + "=" + MatcherSyntax.Quote(l.Value))) + "}";
        return new GroupKey(routeId, selected, text, HashText(text));
    }

    /// <summary>SHA-256 of a text in lowercase hex.</summary>
    /// <param name="text">The text.</param>
    /// <returns>64 hex digits.</returns>
    public static string HashText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The readable key.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;

    /// <summary>Keys are equal when their hashes are.</summary>
    /// <param name="other">The other key.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(GroupKey? other) => other is not null && string.Equals(Hash, other.Hash, StringComparison.Ordinal);

    /// <summary>The hash code of <see cref="Hash"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Hash);
}
