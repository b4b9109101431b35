namespace Functions.AlertHandler.Routing;

/// <summary>The allow-listed actions a route may take on its alerts.</summary>
internal enum ActionType
{
    /// <summary>Add instances to the service (<c>scale_up</c>, with a step).</summary>
    ScaleUp,

    /// <summary>Restart the service (<c>restart</c>).</summary>
    Restart,

    /// <summary>Take a database backup (<c>backup</c>).</summary>
    Backup,

    /// <summary>Notify the route's receiver (<c>notify</c>).</summary>
    Notify,
}
