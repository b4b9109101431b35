namespace Functions.DeployOrchestrator.Results;

/// <summary>A run as commands show it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Service">The service.</param>
/// <param name="Image">The image.</param>
/// <param name="Phase">Where it is.</param>
/// <param name="Step">The current step (1-based) and its kind, e.g. "3/8 setWeight 10".</param>
/// <param name="Weight">The new version's share of traffic.</param>
/// <param name="StableVersion">The version it started from.</param>
/// <param name="NewVersion">The version it deployed.</param>
/// <param name="Requests">Pending operator requests, e.g. "paused", "abort".</param>
/// <param name="Reason">Why it is where it is.</param>
/// <param name="Version">Its optimistic version.</param>
/// <param name="NextRunAt">When its next step is due.</param>
/// <param name="Progress">The current step's progress, e.g. "2 successes in a row".</param>
internal sealed record RunView(
    long Id, string Service, string Image, string Phase, string Step, int Weight, string? StableVersion, string? NewVersion,
    IReadOnlyList<string> Requests, string? Reason, long Version, DateTimeOffset? NextRunAt, string? Progress);
