namespace Functions.DeployOrchestrator.Domain;

/// <summary>What operators (or a newer push) asked of a run; the machine acts on them at its next step.</summary>
/// <param name="Paused">Hold where it is until resumed.</param>
/// <param name="Promote">Go past the current pause (or blue-green's promotion gate).</param>
/// <param name="PromoteFull">Skip every remaining step: all traffic to the new version, then finalise.</param>
/// <param name="Abort">Roll back and stop as Aborted; wins over any promote.</param>
/// <param name="SupersededBy">A newer image's digest: roll back and stop as Superseded.</param>
internal sealed record OperatorRequests(bool Paused, bool Promote, bool PromoteFull, bool Abort, string? SupersededBy)
{
    /// <summary>Nothing asked.</summary>
    public static readonly OperatorRequests None = new(false, false, false, false, null);
}
