using Functions.AlertHandler.Alerts;

namespace Functions.AlertHandler.Routing;

/// <summary>
/// Routes alerts through the tree as Alertmanager does: an alert enters at the root, descends depth first into the
/// first matching child (or into every matching child while they say <c>continue</c>), and stays on a route when none
/// of its children matches.
/// </summary>
/// <param name="root">The root route; it matches every alert.</param>
internal sealed class AlertRouter(Route root)
{
    /// <summary>The root route.</summary>
    public Route Root { get; } = root;

    /// <summary>The routes an alert is routed to, with the group it joins on each.</summary>
    /// <param name="alert">The alert.</param>
    /// <returns>At least one match (the root when nothing below matches), in tree order.</returns>
    public IReadOnlyList<RouteMatch> Match(Alert alert)
    {
        var routes = new List<Route>();
        if (!Collect(Root, alert.Labels, routes))
        {
            // The root matches everything by construction; a root with matchers still routes what it rejects to itself.
            routes.Add(Root);
        }

        return routes.Select(r => new RouteMatch(r, GroupKey.For(r.Id, r.Settings.GroupBy, alert.Labels))).ToArray();
    }

    private static bool Collect(Route route, IReadOnlyDictionary<string, string> labels, List<Route> matches)
    {
        if (!route.Matchers.Matches(labels))
        {
            return false;
        }

        var before = matches.Count;
        foreach (var child in route.Children)
        {
            if (Collect(child, labels, matches) && !child.Continue)
            {
                break;
            }
        }

        if (matches.Count == before)
        {
            matches.Add(route);
        }

        return true;
    }
}
