namespace Functions.AutoscalerBench;

/// <summary>A day's load as control points (local hour → requests/s), joined by smoothstep curves.</summary>
/// <param name="points">Control points from hour 0 to hour 24, in order.</param>
internal sealed class DailyShape(params (double Hour, double Load)[] points)
{
    /// <summary>A working day of a labelling tool: quiet night, morning ramp, lunch dip, afternoon peak, an evening shoulder.</summary>
    public static DailyShape Weekday { get; } = new(
        (0, 90), (2, 50), (5, 40), (7, 120), (9, 560), (10.5, 760), (12, 620), (13.5, 560), (15, 820), (17, 760), (18.5, 520), (20, 600),
        (22, 380), (24, 90));

    /// <summary>A weekend day: under half the traffic, later and flatter.</summary>
    public static DailyShape Weekend { get; } = new(
        (0, 110), (3, 60), (7, 55), (10, 260), (12, 330), (15, 380), (17, 360), (20, 420), (22, 300), (24, 110));

    /// <summary>The load at a local hour.</summary>
    /// <param name="hour">From 0 to 24.</param>
    /// <returns>Requests per second.</returns>
    public double At(double hour)
    {
        for (var i = 1; i < points.Length; i++)
        {
            if (hour <= points[i].Hour)
            {
                var (h0, l0) = points[i - 1];
                var (h1, l1) = points[i];
                var t = (hour - h0) / (h1 - h0);
                return l0 + ((l1 - l0) * t * t * (3 - (2 * t)));
            }
        }

        return points[^1].Load;
    }
}
