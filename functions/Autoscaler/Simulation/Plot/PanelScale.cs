namespace Functions.Autoscaler.Simulation.Plot;

/// <summary>The geometry every panel shares: the time axis, the requests/s axis and the instances axis aligned to it.</summary>
/// <param name="Start">The time axis's start.</param>
/// <param name="End">Its end.</param>
/// <param name="Top">The requests/s axis's top.</param>
/// <param name="Step">Its tick step.</param>
/// <param name="CapacityPerInstance">Requests/s per instance: n instances are drawn at n × this.</param>
internal sealed record PanelScale(DateTimeOffset Start, DateTimeOffset End, double Top, double Step, double CapacityPerInstance)
{
    /// <summary>Left margin (requests/s labels).</summary>
    public const int Left = 70;

    /// <summary>Right margin (instances labels).</summary>
    public const int Right = 60;

    /// <summary>Space above a panel's plot area (its title).</summary>
    public const int Above = 26;

    /// <summary>Height of a panel's plot area.</summary>
    public const int PlotHeight = 170;

    /// <summary>Width of the plot area.</summary>
    public static int PlotWidth => SvgPlot.Width - Left - Right;

    /// <summary>The x of a time.</summary>
    /// <param name="at">The time.</param>
    /// <returns>Pixels from the left edge.</returns>
    public double X(DateTimeOffset at) => Left + ((at - Start) / (End - Start) * PlotWidth);

    /// <summary>The x of a column's left edge.</summary>
    /// <param name="column">The column.</param>
    /// <param name="columns">How many there are.</param>
    /// <returns>Pixels from the left edge.</returns>
    public static double ColumnX(int column, int columns) => Left + ((double)column / columns * PlotWidth);

    /// <summary>The y of a requests/s value within a panel whose plot area starts at <paramref name="top"/>.</summary>
    /// <param name="value">Requests per second.</param>
    /// <param name="top">The plot area's top.</param>
    /// <returns>Pixels from the top edge.</returns>
    public double Y(double value, double top) => top + PlotHeight - (Math.Min(value, Top) / Top * PlotHeight);
}
