using System.Globalization;

namespace Functions.DeployOrchestrator.Domain;

/// <summary>
/// Judges one measurement of a metric and where the metric then stands, with Argo's semantics: a value outside
/// min/max is a failure; "no data" (no series, or NaN, as a ratio with no traffic gives) follows the metric's
/// <see cref="NoDataPolicy"/>; an error is not a measurement but counts towards the consecutive error limit.
/// </summary>
internal static class AnalysisJudge
{
    /// <summary>Counts a measurement.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="prior">Its counters so far.</param>
    /// <param name="measurement">The measurement.</param>
    /// <returns>The new counters and one line for people.</returns>
    public static (MetricProgress Progress, string Detail) Judge(AnalysisMetric metric, MetricProgress prior, Measurement measurement)
    {
        if (measurement.Error is { } error)
        {
            var errored = prior with { Errors = prior.Errors + 1, ConsecutiveErrors = prior.ConsecutiveErrors + 1 };
            return (errored, $"{metric.Name}: error ({errored.ConsecutiveErrors} in a row, limit {metric.ConsecutiveErrorLimit}): {error}");
        }

        var taken = prior with { ConsecutiveErrors = 0 };
        if (measurement.Value is not { } value || double.IsNaN(value))
        {
            var noData = $"{metric.Name}: no data (the query returned no series), counted as {metric.NoData.ToString().ToLowerInvariant()}";
            return metric.NoData switch
            {
                NoDataPolicy.Pass => (taken with { Successes = taken.Successes + 1 }, noData),
                NoDataPolicy.Inconclusive => (taken with { Inconclusive = taken.Inconclusive + 1 }, noData),
                _ => (taken with { Failures = taken.Failures + 1 }, noData),
            };
        }

        var text = value.ToString("G6", CultureInfo.InvariantCulture);
        if (metric.Min is { } min && value < min)
        {
            return (taken with { Failures = taken.Failures + 1 }, $"{metric.Name}: {text} below the minimum {min.ToString(CultureInfo.InvariantCulture)}");
        }

        if (metric.Max is { } max && value > max)
        {
            return (taken with { Failures = taken.Failures + 1 }, $"{metric.Name}: {text} above the maximum {max.ToString(CultureInfo.InvariantCulture)}");
        }

        return (taken with { Successes = taken.Successes + 1 }, $"{metric.Name}: {text} ok");
    }

    /// <summary>Where a metric stands after its counters changed.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="progress">Its counters.</param>
    /// <param name="count">Measurements the analysis needs.</param>
    /// <returns>The outcome.</returns>
    public static MetricOutcome Assess(AnalysisMetric metric, MetricProgress progress, int count) =>
        progress.Failures > metric.FailureLimit ? MetricOutcome.Failed
        : progress.ConsecutiveErrors > metric.ConsecutiveErrorLimit ? MetricOutcome.Error
        : progress.Inconclusive > metric.InconclusiveLimit ? MetricOutcome.Inconclusive
        : progress.Taken >= count ? MetricOutcome.Successful
        : MetricOutcome.Running;
}
