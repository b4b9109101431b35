using Functions.AlertHandler.Alerts;

namespace Functions.AlertHandler.State;

/// <summary>An incoming alert placed in the group a route puts it in.</summary>
/// <param name="GroupKey">The group's key.</param>
/// <param name="RouteId">The route.</param>
/// <param name="Receiver">The route's receiver.</param>
/// <param name="GroupLabels">The group_by labels and values.</param>
/// <param name="GroupWait">How long a new group waits before its first notification.</param>
/// <param name="Alert">The alert.</param>
internal sealed record RoutedAlert(
    string GroupKey,
    string RouteId,
    string Receiver,
    IReadOnlyDictionary<string, string> GroupLabels,
    TimeSpan GroupWait,
    Alert Alert);
