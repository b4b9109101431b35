namespace Functions.AlertHandler.State;

/// <summary>An action an alert asked for, queued under its idempotency key.</summary>
/// <param name="Key">route id / type / fingerprint / firing start: one action per firing episode and route.</param>
/// <param name="Type">scale_up, restart or backup.</param>
/// <param name="RouteId">The route that asked for it.</param>
/// <param name="GroupKey">The alert's group.</param>
/// <param name="Fingerprint">The alert.</param>
/// <param name="AlertName">The alert's name, for people.</param>
/// <param name="Reason">One line: what fired.</param>
/// <param name="Cooldown">The least time between two of these actions for the route.</param>
/// <param name="DryRun">Record, do not perform.</param>
internal sealed record QueuedAction(
    string Key,
    string Type,
    string RouteId,
    string GroupKey,
    string Fingerprint,
    string AlertName,
    string Reason,
    TimeSpan Cooldown,
    bool DryRun);
