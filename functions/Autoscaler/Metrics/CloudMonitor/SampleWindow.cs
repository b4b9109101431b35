using System.Globalization;
using Functions.TencentCloud.Monitor;

namespace Functions.Autoscaler.Metrics.CloudMonitor;

/// <summary>
/// Which sample of a series to use: the newest complete one (its period has ended by the evaluation time) that is
/// still fresh (its period ended within the look-back window). Samples are stamped with their period's start.
/// </summary>
/// <param name="Period">The series' period.</param>
/// <param name="Now">The evaluation time.</param>
/// <param name="LookBack">How long ago the newest usable period may have ended.</param>
internal readonly record struct SampleWindow(TimeSpan Period, DateTimeOffset Now, TimeSpan LookBack)
{
    /// <summary>
    /// Where to start asking for samples: a window earlier than the usable ones, so a series that stopped is told
    /// apart from one that never was (a wrong dimension).
    /// </summary>
    public DateTimeOffset QueryStart => Now - (2 * LookBack) - Period;

    /// <summary>Whether a sample is complete and fresh.</summary>
    /// <param name="sample">The sample.</param>
    /// <returns>True when it can be used.</returns>
    public bool Usable(MetricSample sample) => sample.Time + Period <= Now && sample.Time + Period >= Now - LookBack && double.IsFinite(sample.Value);

    /// <summary>The newest usable sample.</summary>
    /// <param name="samples">The series.</param>
    /// <returns>The sample, or null when none is usable.</returns>
    public MetricSample? Newest(IEnumerable<MetricSample> samples) =>
        samples.Where(Usable).Select(s => (MetricSample?)s).MaxBy(s => s!.Value.Time);

    /// <summary>Why a series gave no usable sample, for a missing reading.</summary>
    /// <param name="samples">The series.</param>
    /// <returns>"no samples since …", or when its newest sample was taken.</returns>
    public string Describe(IReadOnlyCollection<MetricSample> samples)
    {
        if (samples.Count == 0)
        {
            return $"no samples since {Format(QueryStart)}";
        }

        var newest = samples.MaxBy(s => s.Time);
        var state = newest.Time + Period > Now ? "still in progress" : "stale";
        return $"newest sample at {Format(newest.Time)} is {state}";
    }

    /// <summary>The window in words, e.g. "ended in the last 3 min before 09:05:00Z".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"complete {Period.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s periods that ended in the {LookBack.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} min before {Format(Now)}";

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
