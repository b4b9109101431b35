namespace Functions.Scf.Hosting;

/// <summary>
/// Splits the platform's time limit into the handler's deadline and the hard stop at which the host reports a
/// timeout whether or not the handler has noticed. Both fall before the platform kills the instance, so the
/// error is always posted.
/// </summary>
public static class Deadline
{
    /// <summary>Computes the handler's soft deadline and the host's hard stop, both measured from the start.</summary>
    /// <param name="timeLimit">The platform's time limit.</param>
    /// <param name="margin">The configured margin (<c>DEADLINE_MARGIN_MS</c>).</param>
    /// <returns>The soft deadline (token fires) and the hard stop (timeout reported).</returns>
    public static (TimeSpan Soft, TimeSpan Hard) Split(TimeSpan timeLimit, TimeSpan margin)
    {
        // Short limits (SCF allows 1 s) must still leave the handler most of the time.
        var effectiveMargin = TimeSpan.FromTicks(Math.Min(margin.Ticks, timeLimit.Ticks / 5));
        var soft = timeLimit - effectiveMargin;
        var hard = timeLimit - (effectiveMargin / 2);
        return (soft, hard);
    }
}
