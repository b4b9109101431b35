namespace Functions.AlertHandler.Results;

/// <summary>What a callback was turned into. <c>retCode</c> 0 is what Cloud Monitor's older alarm service expected back.</summary>
/// <param name="RetCode">0: accepted.</param>
/// <param name="Accepted">How many alerts the body held.</param>
/// <param name="Duplicate">True when every alert's state was already recorded (a retried or repeated delivery): nothing changed.</param>
/// <param name="ActionsQueued">Actions newly queued (a duplicate queues none).</param>
/// <param name="Alerts">Each alert and the groups it went to.</param>
internal sealed record CallbackResult(int RetCode, int Accepted, bool Duplicate, int ActionsQueued, IReadOnlyList<CallbackAlert> Alerts);
