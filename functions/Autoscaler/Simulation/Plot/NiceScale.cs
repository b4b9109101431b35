namespace Functions.Autoscaler.Simulation.Plot;

/// <summary>Round axis steps (1, 2, 2.5 or 5 × a power of ten) so tick labels read easily.</summary>
internal static class NiceScale
{
    /// <summary>A round step that splits <paramref name="max"/> into about <paramref name="ticks"/> parts.</summary>
    /// <param name="max">The axis's top value (positive).</param>
    /// <param name="ticks">About how many ticks.</param>
    /// <returns>The step.</returns>
    public static double Step(double max, int ticks)
    {
        var raw = max / ticks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    /// <summary>The axis's top: <paramref name="max"/> rounded up to a whole step.</summary>
    /// <param name="max">The largest value plotted.</param>
    /// <param name="step">The step.</param>
    /// <returns>The top.</returns>
    public static double Top(double max, double step) => Math.Max(step, Math.Ceiling(max / step) * step);
}
