using System.Text.Json;
using Functions.DeployOrchestrator.Configuration.Documents;
using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.Configuration;

/// <summary>
/// Compiles a strategy to the steps a run follows. A canary is its step list as written. Blue-green becomes: its health
/// checks, the pre-promotion analysis, the promotion gate (a pause that auto-promotes after <c>autoPromotionAfter</c>, or
/// waits for promote when it is null or absent), 100 % to the new version, the post-promotion analysis (whose failure
/// switches traffic back), and the keep-warm window before the old version scales down.
/// </summary>
internal static class StrategyMapper
{
    /// <summary>Compiles the strategy.</summary>
    /// <param name="document">The <c>strategy</c> object.</param>
    /// <param name="path">The service's path.</param>
    /// <param name="checks">The service's valid health checks.</param>
    /// <param name="analyses">The service's valid analyses.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <returns>The kind and steps.</returns>
    public static (StrategyKind Kind, List<RunStep> Steps) Map(
        StrategyDocument? document, string path, IReadOnlyDictionary<string, HealthCheck> checks, IReadOnlyDictionary<string, AnalysisTemplate> analyses, List<string> problems)
    {
        var at = $"{path}.strategy";
        if (document is null || (document.Canary is null) == (document.BlueGreen is null))
        {
            problems.Add($"{at}: exactly one of canary or blueGreen is required");
            return (StrategyKind.Canary, []);
        }

        var references = new References(checks, analyses, problems);
        return document.Canary is { } canary
            ? (StrategyKind.Canary, Canary(canary, $"{at}.canary", references, problems))
            : (StrategyKind.BlueGreen, BlueGreen(document.BlueGreen!, $"{at}.blueGreen", references, problems));
    }

    private static List<RunStep> Canary(CanaryDocument canary, string at, References references, List<string> problems)
    {
        var steps = new List<RunStep>();
        if (canary.Steps is not { Count: > 0 })
        {
            problems.Add($"{at}.steps: at least one step is required");
            return steps;
        }

        var weight = 0;
        for (var i = 0; i < canary.Steps.Count; i++)
        {
            var step = canary.Steps[i];
            var path = $"{at}.steps[{i}]";
            var keys = step is null ? 0 : (step.SetWeight is null ? 0 : 1) + (step.Pause is null ? 0 : 1) + (step.Analysis is null ? 0 : 1) + (step.HealthCheck is null ? 0 : 1);
            if (keys != 1)
            {
                problems.Add($"{path}: a step has exactly one of setWeight, pause, analysis or healthCheck");
                continue;
            }

            if (step!.SetWeight is { } percent)
            {
                if (percent is < 0 or > 100)
                {
                    problems.Add($"{path}.setWeight: must be 0–100, not {percent}");
                }
                else if (percent < weight)
                {
                    problems.Add($"{path}.setWeight: {percent} is below the previous weight {weight} (weights never decrease; abort to go back)");
                }
                else
                {
                    weight = percent;
                    steps.Add(new SetWeightStep(percent));
                }
            }
            else if (step.Pause is { } pause)
            {
                if (Pause(pause, $"{path}.pause", problems) is { } paused)
                {
                    steps.Add(paused);
                }
            }
            else if (step.Analysis is { } analysis)
            {
                if (references.Analysis(analysis, $"{path}.analysis") is { } template)
                {
                    steps.Add(new AnalysisStep(template));
                }
            }
            else if (references.Check(step.HealthCheck!, $"{path}.healthCheck") is { } check)
            {
                steps.Add(new HealthCheckStep(check));
            }
        }

        return steps;
    }

    private static List<RunStep> BlueGreen(BlueGreenDocument blueGreen, string at, References references, List<string> problems)
    {
        var steps = new List<RunStep>();
        var names = blueGreen.HealthChecks ?? [];
        for (var i = 0; i < names.Count; i++)
        {
            if (references.Check(names[i], $"{at}.healthChecks[{i}]") is { } check)
            {
                steps.Add(new HealthCheckStep(check));
            }
        }

        if (blueGreen.PrePromotionAnalysis is { } pre && references.Analysis(pre, $"{at}.prePromotionAnalysis") is { } preAnalysis)
        {
            steps.Add(new AnalysisStep(preAnalysis));
        }

        TimeSpan? autoPromotion = blueGreen.AutoPromotionAfter is { } after
            ? ConfigValues.Duration(after, TimeSpan.Zero, $"{at}.autoPromotionAfter", problems)
            : null;
        steps.Add(new PauseStep(autoPromotion));
        steps.Add(new SetWeightStep(100));
        if (blueGreen.PostPromotionAnalysis is { } post && references.Analysis(post, $"{at}.postPromotionAnalysis") is { } postAnalysis)
        {
            steps.Add(new AnalysisStep(postAnalysis));
        }

        steps.Add(new KeepWarmStep(ConfigValues.Duration(blueGreen.ScaleDownDelay, DeployDefaults.ScaleDownDelay, $"{at}.scaleDownDelay", problems)));
        return steps;
    }

    private static PauseStep? Pause(JsonElement pause, string path, List<string> problems)
    {
        switch (pause.ValueKind)
        {
            case JsonValueKind.String:
                var before = problems.Count;
                var duration = ConfigValues.Duration(pause.GetString(), TimeSpan.Zero, path, problems);
                return problems.Count == before ? new PauseStep(duration) : null;
            case JsonValueKind.Object:
                TimeSpan? timed = null;
                foreach (var property in pause.EnumerateObject())
                {
                    if (property.Name != "duration")
                    {
                        problems.Add($"{path}.{property.Name}: unknown key (a pause has only duration)");
                        return null;
                    }

                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        problems.Add($"{path}.duration: a duration such as \"2m\"");
                        return null;
                    }

                    var count = problems.Count;
                    timed = ConfigValues.Duration(property.Value.GetString(), TimeSpan.Zero, $"{path}.duration", problems);
                    if (problems.Count != count)
                    {
                        return null;
                    }
                }

                return new PauseStep(timed);
            default:
                problems.Add($"{path}: a duration (\"2m\") or {{}} to wait until promoted");
                return null;
        }
    }

    /// <summary>Looks referenced names up, recording a problem that lists what is defined.</summary>
    private sealed class References(IReadOnlyDictionary<string, HealthCheck> checks, IReadOnlyDictionary<string, AnalysisTemplate> analyses, List<string> problems)
    {
        public HealthCheck? Check(string name, string path) => Find(checks, name, path, "health check", "healthChecks");

        public AnalysisTemplate? Analysis(string name, string path) => Find(analyses, name, path, "analysis", "analyses");

        private T? Find<T>(IReadOnlyDictionary<string, T> defined, string name, string path, string what, string key)
            where T : class
        {
            if (defined.TryGetValue(name, out var found))
            {
                return found;
            }

            var names = defined.Count == 0 ? "none" : string.Join(", ", defined.Keys.Order(StringComparer.Ordinal));
            problems.Add($"{path}: no {what} '{name}' in the service's {key} (defined: {names})");
            return null;
        }
    }
}
