namespace Functions.Autoscaler.Simulation.Traces;

/// <summary>
/// A checked load trace: the load is a step function, each point's load holding until the next point; the last
/// point holds for one median step, so a week of one-minute points covers exactly a week.
/// </summary>
internal sealed class LoadTrace
{
    /// <summary>Wraps points that passed <see cref="TraceChecks"/>.</summary>
    /// <param name="points">At least two points, strictly increasing in time.</param>
    /// <param name="step">Their median step.</param>
    /// <param name="source">Where the trace came from, for reports.</param>
    public LoadTrace(IReadOnlyList<LoadPoint> points, TimeSpan step, string source)
    {
        Points = points;
        Step = step;
        Source = source;
    }

    /// <summary>The points, in time order.</summary>
    public IReadOnlyList<LoadPoint> Points { get; }

    /// <summary>The median step between points.</summary>
    public TimeSpan Step { get; }

    /// <summary>Where the trace came from: a path, or "inline".</summary>
    public string Source { get; }

    /// <summary>The first point's time.</summary>
    public DateTimeOffset Start => Points[0].At;

    /// <summary>When the last point's load ends.</summary>
    public DateTimeOffset End => Points[^1].At + Step;

    /// <summary>When point <paramref name="index"/>'s load ends.</summary>
    /// <param name="index">A point.</param>
    /// <returns>The next point's time, or <see cref="End"/> for the last.</returns>
    public DateTimeOffset EndOf(int index) => index + 1 < Points.Count ? Points[index + 1].At : End;

    /// <summary>The highest load.</summary>
    public double PeakLoad => Points.Max(p => p.Load);

    /// <summary>The time-weighted mean load, in requests per second.</summary>
    public double MeanLoad => Points.Select((p, i) => p.Load * (EndOf(i) - p.At).TotalSeconds).Sum() / (End - Start).TotalSeconds;
}
