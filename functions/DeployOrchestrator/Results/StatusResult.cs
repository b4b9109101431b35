namespace Functions.DeployOrchestrator.Results;

/// <summary>A service's runs (newest first) and the history of the newest or the requested one.</summary>
/// <param name="Runs">The runs.</param>
/// <param name="History">The event log of <see cref="HistoryOf"/>.</param>
/// <param name="HistoryOf">Whose history.</param>
internal sealed record StatusResult(IReadOnlyList<RunView> Runs, IReadOnlyList<EventView> History, long? HistoryOf);
