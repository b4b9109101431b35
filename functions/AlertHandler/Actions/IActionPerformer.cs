namespace Functions.AlertHandler.Actions;

/// <summary>Performs one kind of action against the outside world (the Autoscaler, CloudBase Run, the Backup function).</summary>
internal interface IActionPerformer
{
    /// <summary>The action's type as the routing file names it: scale_up, restart or backup.</summary>
    string Type { get; }

    /// <summary>Performs the action once.</summary>
    /// <param name="key">The action's idempotency key (passed on where the target de-duplicates).</param>
    /// <param name="reason">Why, one line, for the target's records.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What was done, one line.</returns>
    Task<string> PerformAsync(string key, string reason, CancellationToken cancellationToken);
}
