namespace Functions.Autoscaler.Tests.Runs;

/// <summary>
/// Real time moved forward by an offset: the function sees minutes pass while its timers, retries and delays still
/// run on the real clock (a fully fake clock would stall the API client's retry delays).
/// </summary>
internal sealed class ShiftedTimeProvider : TimeProvider
{
    public TimeSpan Offset { get; private set; }

    public void Advance(TimeSpan by) => Offset += by;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
