using Functions.AlertHandler.Grouping;

namespace Functions.AlertHandler.Routing;

/// <summary>A route's effective settings, after inheriting what it leaves unset from its parent.</summary>
/// <param name="Receiver">The receiver's name.</param>
/// <param name="GroupBy">How its alerts are grouped.</param>
/// <param name="Timers">group_wait, group_interval and repeat_interval.</param>
internal sealed record RouteSettings(string Receiver, GroupBy GroupBy, GroupTimers Timers);
