namespace Functions.AlertHandler.Routing;

/// <summary>One action a route takes on its alerts.</summary>
/// <param name="Type">What to do.</param>
/// <param name="Step">Instances to add for <see cref="ActionType.ScaleUp"/> (at least 1); 0 for the others.</param>
/// <param name="Cooldown">Do not repeat the action for the same group within this time.</param>
/// <param name="DryRun">Decide and record without acting; the file's <c>actions.dry_run</c> unless the action sets its own.</param>
internal sealed record RouteAction(ActionType Type, int Step, TimeSpan Cooldown, bool DryRun)
{
    /// <summary>The cooldown when none is configured: scale_up 10m, restart 30m, backup 6h, notify none (grouping paces it).</summary>
    /// <param name="type">The action.</param>
    /// <returns>The default cooldown.</returns>
    public static TimeSpan DefaultCooldown(ActionType type) => type switch
    {
        ActionType.ScaleUp => TimeSpan.FromMinutes(10),
        ActionType.Restart => TimeSpan.FromMinutes(30),
        ActionType.Backup => TimeSpan.FromHours(6),
        _ => TimeSpan.Zero,
    };
}
