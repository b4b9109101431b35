using System.Globalization;
using System.Text.Json;
using Functions.Autoscaler.Policy;

namespace Functions.Autoscaler.Metrics.Prometheus;

/// <summary>
/// Turns an instant query's answer into a reading. Only one number is a value: a scalar or a vector of exactly one
/// series. An empty vector, several series, a range vector, NaN, an infinity or an error is missing, with a problem
/// that names the metric and quotes its query so an operator can run it in the Prometheus UI.
/// </summary>
internal static class PrometheusResultParser
{
    private const int LabelSetsShown = 3;

    /// <summary>Reads the answer.</summary>
    /// <param name="metric">The tracked metric.</param>
    /// <param name="query">Its PromQL.</param>
    /// <param name="answer">What Prometheus answered.</param>
    /// <returns>The reading.</returns>
    public static MetricReading Parse(string metric, string query, PrometheusAnswer answer)
    {
        var response = answer.Body;
        if (response is null)
        {
            return Missing(metric, query, $"got HTTP {(int)answer.Status} {answer.Status} without a Prometheus answer");
        }

        if (response.Status != "success")
        {
            return Missing(metric, query, $"failed ({response.ErrorType ?? "error"}): {response.Error ?? "no error text"}");
        }

        try
        {
            return response.Data?.ResultType switch
            {
                "scalar" => Value(metric, query, response.Data.Result),
                "vector" => Vector(metric, query, response.Data.Result),
                "matrix" => Missing(metric, query, "returned a range vector; the query must give one instant value, e.g. sum(rate(x[2m])) rather than x[2m]"),
                { } other => Missing(metric, query, $"returned a {other}, not a number"),
                null => Missing(metric, query, "answered success without a result"),
            };
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or IndexOutOfRangeException or KeyNotFoundException)
        {
            return Missing(metric, query, $"answered JSON of an unexpected shape ({e.Message})");
        }
    }

    private static MetricReading Vector(string metric, string query, JsonElement result)
    {
        var series = result.EnumerateArray().ToArray();
        return series.Length switch
        {
            0 => Missing(metric, query, "returned no series (an empty vector: nothing matched, or the series are stale)"),
            1 => Value(metric, query, series[0].GetProperty("value")),
            _ => Missing(metric, query,
                $"returned {series.Length} series ({string.Join(", ", series.Take(LabelSetsShown).Select(s => Labels(s.GetProperty("metric"))))}" +
                $"{(series.Length > LabelSetsShown ? ", …" : "")}); aggregate them into one, e.g. with sum(…)"),
        };
    }

    // A sample is [unix time, "value"]; the value is a string so that NaN and ±Inf survive JSON.
    private static MetricReading Value(string metric, string query, JsonElement sample)
    {
        var text = sample[1].GetString() ?? throw new FormatException("the sample value is null");
        return text switch
        {
            "NaN" => Missing(metric, query, "returned NaN (e.g. a ratio of zero to zero, or rate() over too short a range)"),
            "+Inf" or "-Inf" or "Inf" => Missing(metric, query, $"returned {text}"),
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) => MetricReading.Of(metric, value),
            _ => Missing(metric, query, $"returned the value '{text}', which is not a number"),
        };
    }

    private static string Labels(JsonElement labels) =>
        "{" + string.Join(",", labels.EnumerateObject().Select(l => $"{l.Name}=\"{l.Value.GetString()}\"")) + "}";

    private static MetricReading Missing(string metric, string query, string problem) =>
        MetricReading.Missing(metric, $"metric '{metric}': Prometheus query \"{query}\" {problem}");
}
