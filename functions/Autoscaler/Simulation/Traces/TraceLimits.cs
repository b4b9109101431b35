namespace Functions.Autoscaler.Simulation.Traces;

/// <summary>What a trace may be.</summary>
/// <param name="MaxPoints">The most points read; a longer trace is refused rather than cut.</param>
/// <param name="MaxGap">The longest step allowed between two points, or null for <see cref="GapFactor"/> × the median step.</param>
internal sealed record TraceLimits(int MaxPoints = TraceLimits.DefaultMaxPoints, TimeSpan? MaxGap = null)
{
    /// <summary>100,000 points: ten weeks at one a minute.</summary>
    public const int DefaultMaxPoints = 100_000;

    /// <summary>Without a configured maximum, a step longer than this many median steps is a hole in the data.</summary>
    public const int GapFactor = 5;

    /// <summary>The defaults.</summary>
    public static TraceLimits Default { get; } = new();
}
