namespace Functions.AlertHandler.Results;

/// <summary>What a flush did: the actions it performed or skipped and the groups it looked at.</summary>
/// <param name="Actions">Each claimed action and its outcome.</param>
/// <param name="Groups">Each due group and what was sent.</param>
/// <param name="Passes">How many passes the flush made (it lingers for groups due within its time limit).</param>
internal sealed record FlushResult(IReadOnlyList<ActionOutcome> Actions, IReadOnlyList<GroupOutcome> Groups, int Passes);
