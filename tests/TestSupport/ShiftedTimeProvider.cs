namespace Functions.TestSupport;

/// <summary>
/// Real time moved forward by an offset: the function sees minutes pass while its timers, retries and delays still
/// run on the real clock (a fully fake clock would stall the API client's retry delays).
/// </summary>
public sealed class ShiftedTimeProvider : TimeProvider
{
    /// <summary>How far ahead of real time it runs.</summary>
    public TimeSpan Offset { get; private set; }

    /// <summary>Moves it forward.</summary>
    /// <param name="by">How far.</param>
    public void Advance(TimeSpan by) => Offset += by;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
