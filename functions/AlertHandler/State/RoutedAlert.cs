using Functions.AlertHandler.Alerts;

namespace Functions.AlertHandler.State;

/// <summary>An incoming alert placed in the group a route puts it in.</summary>
/// <param name="GroupKey">The group's key (a hash).</param>
/// <param name="GroupKeyText">The group's key for people: route id and group_by values.</param>
/// <param name="RouteId">The route.</param>
/// <param name="Receiver">The route's receiver.</param>
/// <param name="GroupLabels">The group_by labels and values.</param>
/// <param name="GroupWait">How long a new group waits before its first notification.</param>
/// <param name="Alert">The alert.</param>
internal sealed record RoutedAlert(
    string GroupKey,
    string GroupKeyText,
    string RouteId,
    string Receiver,
    IReadOnlyDictionary<string, string> GroupLabels,
    TimeSpan GroupWait,
    Alert Alert);
