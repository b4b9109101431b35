namespace Functions.AlertHandler.Routing;

/// <summary>A route an alert was routed to, and the group it joins there.</summary>
/// <param name="Route">The matched route with its effective settings and actions.</param>
/// <param name="GroupKey">The group the alert joins on that route.</param>
internal sealed record RouteMatch(Route Route, GroupKey GroupKey)
{
    /// <summary>The route's id.</summary>
    public string RouteId => Route.Id;

    /// <summary>The receiver to notify.</summary>
    public string Receiver => Route.Settings.Receiver;
}
