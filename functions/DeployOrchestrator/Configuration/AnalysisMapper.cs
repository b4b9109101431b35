using Functions.DeployOrchestrator.Configuration.Documents;
using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.Configuration;

/// <summary>Validates a service's analyses and applies their defaults (Argo's, plus an explicit no-data policy).</summary>
internal static class AnalysisMapper
{
    private static readonly (string, InconclusiveAction)[] InconclusiveWords = [("pause", InconclusiveAction.Pause), ("fail", InconclusiveAction.Fail)];

    private static readonly (string, NoDataPolicy)[] NoDataWords =
        [("fail", NoDataPolicy.Fail), ("inconclusive", NoDataPolicy.Inconclusive), ("pass", NoDataPolicy.Pass)];

    /// <summary>Maps the analyses.</summary>
    /// <param name="documents">The <c>analyses</c> object, or null.</param>
    /// <param name="path">The service's path.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <returns>The valid analyses by name.</returns>
    public static Dictionary<string, AnalysisTemplate> Map(Dictionary<string, AnalysisDocument>? documents, string path, List<string> problems)
    {
        var analyses = new Dictionary<string, AnalysisTemplate>(StringComparer.Ordinal);
        foreach (var (name, document) in documents ?? [])
        {
            var at = $"{path}.analyses.{name}";
            var before = problems.Count;
            if (document is null)
            {
                problems.Add($"{at}: an analysis cannot be null");
                continue;
            }

            var metrics = Metrics(document.Metrics, at, problems);
            var analysis = new AnalysisTemplate(
                name,
                metrics,
                ConfigValues.Duration(document.Interval, DeployDefaults.AnalysisInterval, $"{at}.interval", problems),
                ConfigValues.Number(document.Count, DeployDefaults.AnalysisCount, 1, int.MaxValue, $"{at}.count", problems),
                ConfigValues.Duration(document.InitialDelay, DeployDefaults.InitialDelay, $"{at}.initialDelay", problems, allowZero: true),
                ConfigValues.Word(document.Inconclusive, DeployDefaults.Inconclusive, InconclusiveWords, $"{at}.inconclusive", problems));
            if (problems.Count == before)
            {
                analyses.Add(name, analysis);
            }
        }

        return analyses;
    }

    private static List<AnalysisMetric> Metrics(List<MetricDocument>? documents, string at, List<string> problems)
    {
        var metrics = new List<AnalysisMetric>();
        if (documents is not { Count: > 0 })
        {
            problems.Add($"{at}.metrics: at least one metric is required");
            return metrics;
        }

        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var path = $"{at}.metrics[{i}]";
            if (document is null)
            {
                problems.Add($"{path}: a metric cannot be null");
                continue;
            }

            if (string.IsNullOrWhiteSpace(document.Name))
            {
                problems.Add($"{path}.name: required");
            }
            else if (metrics.Any(m => m.Name == document.Name))
            {
                problems.Add($"{path}.name: '{document.Name}' is defined twice");
            }

            if (string.IsNullOrWhiteSpace(document.Query))
            {
                problems.Add($"{path}.query: required (PromQL; {{version}} and {{service}} are replaced)");
            }

            if (document.Min is null && document.Max is null)
            {
                problems.Add($"{path}: needs min or max (the threshold the value is judged against)");
            }
            else if (document.Min > document.Max)
            {
                problems.Add($"{path}: min {document.Min} is above max {document.Max}");
            }

            metrics.Add(new AnalysisMetric(
                document.Name ?? string.Empty,
                document.Query ?? string.Empty,
                document.Min,
                document.Max,
                ConfigValues.Number(document.FailureLimit, DeployDefaults.MetricFailureLimit, 0, int.MaxValue, $"{path}.failureLimit", problems),
                ConfigValues.Number(document.InconclusiveLimit, DeployDefaults.InconclusiveLimit, 0, int.MaxValue, $"{path}.inconclusiveLimit", problems),
                ConfigValues.Number(document.ConsecutiveErrorLimit, DeployDefaults.ConsecutiveErrorLimit, 0, int.MaxValue, $"{path}.consecutiveErrorLimit", problems),
                ConfigValues.Word(document.NoData, DeployDefaults.NoData, NoDataWords, $"{path}.noData", problems)));
        }

        return metrics;
    }
}
