using System.Globalization;

namespace Functions.AutoscalerBench;

/// <summary>
/// Writes the sample traces of samples/traces/ from fixed seeds (see samples/traces/README.md). Run
/// <c>bench/run.sh autoscaler --generate</c>; the output is the same byte for byte every time.
/// </summary>
internal static class TraceGenerator
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    // (day from Monday, hour, minute, extra requests/s, minutes rising, minutes held, minutes decaying)
    private static readonly (int Day, int Hour, int Minute, double Extra, int Rise, int Hold, int Decay)[] Spikes =
    [
        (1, 10, 40, 500, 1, 6, 8),   // Tuesday morning: a campaign link goes out
        (2, 3, 10, 300, 2, 25, 2),   // Wednesday night: a batch import through the API
        (3, 15, 20, 420, 1, 3, 4),   // Thursday afternoon, on top of the daily peak
        (4, 9, 5, 380, 1, 2, 2),     // Friday morning: a short burst of retries
        (5, 20, 30, 450, 1, 12, 10), // Saturday evening
    ];

    private static readonly double[] DayFactors = [1.0, 1.04, 1.0, 1.06, 0.93, 1.0, 0.9];

    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        Write(Path.Combine(folder, "week.csv"), Week());
        Write(Path.Combine(folder, "ramp.csv"), Ramp());
        Write(Path.Combine(folder, "diurnal-day.csv"), DiurnalDay());
        File.WriteAllText(Path.Combine(folder, "flash-crowd.json"), Json(FlashCrowd()));
        Console.WriteLine($"wrote week.csv, ramp.csv, diurnal-day.csv and flash-crowd.json to {folder}");
    }

    /// <summary>Monday 00:00 to Sunday 24:00 Beijing time, one point a minute: 10,080 points.</summary>
    private static IEnumerable<(string Stamp, double Load)> Week()
    {
        var random = new SeededRandom(20261130);
        var start = new DateTimeOffset(2026, 11, 30, 0, 0, 0, Beijing);
        var wobble = 0.0;
        for (var minute = 0; minute < 7 * 1440; minute++)
        {
            var day = minute / 1440;
            var shape = day < 5 ? DailyShape.Weekday : DailyShape.Weekend;
            var level = shape.At((minute % 1440) / 60.0) * DayFactors[day];
            wobble = (0.97 * wobble) + (0.012 * random.Gaussian());
            var load = (level * (1 + wobble + (0.035 * random.Gaussian()))) + Spike(minute);
            yield return (Iso(start.AddMinutes(minute)), Math.Max(0, load));
        }
    }

    /// <summary>Two hours from 60 to 1,200 requests/s: 15 min flat, a 90 min straight ramp, 15 min flat. Unix seconds.</summary>
    private static IEnumerable<(string Stamp, double Load)> Ramp()
    {
        var start = new DateTimeOffset(2026, 12, 1, 1, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        for (var minute = 0; minute < 120; minute++)
        {
            var load = minute < 15 ? 60 : minute >= 105 ? 1200 : 60 + (1140.0 * (minute - 15) / 90);
            yield return ((start + (minute * 60)).ToString(CultureInfo.InvariantCulture), load);
        }
    }

    /// <summary>90 min: 150 requests/s, then 1,100 within a minute for 10 min, decaying by 20 % a minute towards 200.</summary>
    private static IEnumerable<(string Stamp, double Load)> FlashCrowd()
    {
        var random = new SeededRandom(20261202);
        var start = new DateTimeOffset(2026, 12, 2, 20, 0, 0, Beijing);
        var excess = 900.0;
        for (var minute = 0; minute < 90; minute++)
        {
            double level = minute < 30 ? 150 : minute < 40 ? 1100 : 200 + (excess *= 0.8);
            yield return (Iso(start.AddMinutes(minute)), Math.Max(0, level * (1 + (0.03 * random.Gaussian()))));
        }
    }

    /// <summary>One weekday, a point every five minutes: 288 points.</summary>
    private static IEnumerable<(string Stamp, double Load)> DiurnalDay()
    {
        var random = new SeededRandom(20261203);
        var start = new DateTimeOffset(2026, 12, 3, 0, 0, 0, Beijing);
        for (var step = 0; step < 288; step++)
        {
            var level = DailyShape.Weekday.At(step * 5 / 60.0);
            yield return (Iso(start.AddMinutes(step * 5)), Math.Max(0, level * (1 + (0.04 * random.Gaussian()))));
        }
    }

    private static double Spike(int minute)
    {
        var extra = 0.0;
        foreach (var (day, hour, at, peak, rise, hold, decay) in Spikes)
        {
            var t = minute - ((day * 1440) + (hour * 60) + at);
            extra += t < 0 ? 0
                : t < rise ? peak * (t + 1) / rise
                : t < rise + hold ? peak
                : t < rise + hold + decay ? peak * (1 - ((double)(t - rise - hold + 1) / (decay + 1)))
                : 0;
        }

        return extra;
    }

    private static void Write(string path, IEnumerable<(string Stamp, double Load)> points) =>
        File.WriteAllLines(path, points.Select(p => $"{p.Stamp},{Load(p.Load)}").Prepend("timestamp,load"));

    private static string Json(IEnumerable<(string Stamp, double Load)> points) =>
        "[\n" + string.Join(",\n", points.Select(p => $"  {{\"t\": \"{p.Stamp}\", \"load\": {Load(p.Load)}}}")) + "\n]\n";

    private static string Iso(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Load(double load) => Math.Round(load, 1).ToString("0.0", CultureInfo.InvariantCulture);
}
