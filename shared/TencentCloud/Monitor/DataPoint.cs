namespace Functions.TencentCloud.Monitor;

/// <summary>One instance's series: timestamps and values aligned by index.</summary>
public sealed record DataPoint
{
    /// <summary>The instance's dimensions.</summary>
    public IReadOnlyList<Dimension>? Dimensions { get; init; }

    /// <summary>UNIX seconds; a missing timestamp means no data for that period.</summary>
    public IReadOnlyList<double>? Timestamps { get; init; }

    /// <summary>The values.</summary>
    public IReadOnlyList<double>? Values { get; init; }

    /// <summary>Per-period maxima, when asked for.</summary>
    public IReadOnlyList<double?>? MaxValues { get; init; }

    /// <summary>Per-period minima, when asked for.</summary>
    public IReadOnlyList<double?>? MinValues { get; init; }

    /// <summary>Per-period averages, when asked for.</summary>
    public IReadOnlyList<double?>? AvgValues { get; init; }
}
