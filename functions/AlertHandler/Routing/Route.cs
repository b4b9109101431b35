namespace Functions.AlertHandler.Routing;

/// <summary>One node of the routing tree, its settings already resolved against its parent's.</summary>
/// <param name="Id">The route's position: <c>0</c> for the root, <c>0.1</c> for the root's second child, and so on.</param>
/// <param name="Path">Where it is in the configuration file (<c>route.routes[1]</c>), for messages.</param>
/// <param name="Matchers">What an alert must match to enter (empty for the root).</param>
/// <param name="Continue">Whether matching goes on to the next sibling after this route matched.</param>
/// <param name="Settings">The effective settings.</param>
/// <param name="Actions">The route's own actions (actions are not inherited).</param>
/// <param name="Children">The child routes, in order.</param>
internal sealed record Route(
    string Id,
    string Path,
    Matchers Matchers,
    bool Continue,
    RouteSettings Settings,
    IReadOnlyList<RouteAction> Actions,
    IReadOnlyList<Route> Children)
{
    /// <summary>This route and all below it, depth first.</summary>
    /// <returns>The routes.</returns>
    public IEnumerable<Route> Descendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var route in child.Descendants())
            {
                yield return route;
            }
        }
    }
}
