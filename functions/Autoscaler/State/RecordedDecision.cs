namespace Functions.Autoscaler.State;

/// <summary>A row of the decision audit, as <c>status</c> lists it.</summary>
/// <param name="Id">Its id (give it to <c>evaluate</c> as <c>"decision"</c> to replay it).</param>
/// <param name="At">When it was decided.</param>
/// <param name="Current">The count before.</param>
/// <param name="Desired">The count decided.</param>
/// <param name="Applied">Whether the change was made.</param>
/// <param name="DryRun">Whether it was decided in shadow mode.</param>
/// <param name="Reason">The decision's sentence.</param>
/// <param name="Error">Why applying failed, if it did.</param>
internal sealed record RecordedDecision(long Id, DateTimeOffset At, int Current, int Desired, bool Applied, bool DryRun, string Reason, string? Error);
