using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.Platform;

/// <summary>
/// Measures each metric of an analysis once: its query (<c>{version}</c> and <c>{service}</c> replaced) evaluated
/// now, the first sample's value. No series, or NaN (a ratio of nothing to nothing), is "no data" — a value and an
/// error both null — for the metric's no-data policy to judge; anything that kept the query from being answered is
/// an error. Never throws for Prometheus failures.
/// </summary>
/// <param name="client">The Prometheus client, or null when <c>DEPLOY_PROMETHEUS_URL</c> is not set (every measurement is then an error).</param>
internal sealed class PrometheusAnalysis(PrometheusQueryClient? client)
{
    /// <summary>Measures every metric once.</summary>
    /// <param name="run">The run (its service and new version fill the queries).</param>
    /// <param name="analysis">The analysis.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    /// <returns>One measurement per metric, in the analysis's order.</returns>
    public async Task<MeasuredResult> MeasureAsync(RunState run, AnalysisTemplate analysis, CancellationToken cancellationToken)
    {
        var measurements = new List<Measurement>(analysis.Metrics.Count);
        foreach (var metric in analysis.Metrics)
        {
            measurements.Add(await MeasureAsync(run, metric, cancellationToken));
        }

        return new MeasuredResult(measurements);
    }

    private async Task<Measurement> MeasureAsync(RunState run, AnalysisMetric metric, CancellationToken cancellationToken)
    {
        if (client is null)
        {
            return new Measurement(metric.Name, null, $"{PlatformVariables.PrometheusUrl} is not set");
        }

        var query = metric.Query
            .Replace("{version}", run.NewVersion ?? "", StringComparison.Ordinal)
            .Replace("{service}", run.Service, StringComparison.Ordinal);
        try
        {
            var samples = await client.QueryAsync(query, cancellationToken);
            if (samples.Count == 0 || double.IsNaN(samples[0].Value))
            {
                return new Measurement(metric.Name, null, null);
            }

            return double.IsFinite(samples[0].Value)
                ? new Measurement(metric.Name, samples[0].Value, null)
                : new Measurement(metric.Name, null, $"query \"{query}\" returned {samples[0].Value}");
        }
        catch (PrometheusQueryException e)
        {
            return new Measurement(metric.Name, null, $"query \"{query}\": {e.Message}");
        }
    }
}
