using Functions.DeployOrchestrator.Configuration.Documents;
using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.Configuration;

/// <summary>Validates services: unique names, compiled globs, checks and analyses, and the strategy compiled to steps.</summary>
internal static class ServiceMapper
{
    /// <summary>Maps the services.</summary>
    /// <param name="documents">The <c>services</c> array, or null.</param>
    /// <param name="problems">Where problems are recorded.</param>
    /// <returns>The services (meaningful only when no problem was recorded).</returns>
    public static List<ServiceConfig> Map(List<ServiceDocument>? documents, List<string> problems)
    {
        var services = new List<ServiceConfig>();
        if (documents is not { Count: > 0 })
        {
            problems.Add("services: at least one service is required");
            return services;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var path = $"services[{i}]";
            if (document is null)
            {
                problems.Add($"{path}: a service cannot be null");
                continue;
            }

            if (string.IsNullOrWhiteSpace(document.Name))
            {
                problems.Add($"{path}.name: required (the CloudBase Run service)");
            }
            else if (!names.Add(document.Name))
            {
                problems.Add($"{path}.name: '{document.Name}' is defined twice");
            }

            var repositories = Globs(document.Repositories, $"{path}.repositories", "namespace/repo", problems);
            var tags = Globs(document.Tags, $"{path}.tags", "tag", problems);
            var deadline = ConfigValues.Duration(document.ProgressDeadline, DeployDefaults.ProgressDeadline, $"{path}.progressDeadline", problems);
            var checks = HealthCheckMapper.Map(document.HealthChecks, path, problems);
            var analyses = AnalysisMapper.Map(document.Analyses, path, problems);
            var (kind, steps) = StrategyMapper.Map(document.Strategy, path, checks, analyses, problems);
            services.Add(new ServiceConfig(document.Name ?? string.Empty, repositories, tags, deadline, checks, analyses, kind, steps, StepHasher.Hash(steps)));
        }

        return services;
    }

    private static List<Glob> Globs(List<string>? patterns, string path, string what, List<string> problems)
    {
        var globs = new List<Glob>();
        if (patterns is not { Count: > 0 })
        {
            problems.Add($"{path}: at least one {what} pattern is required (* within a segment, ** across, ?, {{a,b}})");
            return globs;
        }

        for (var i = 0; i < patterns.Count; i++)
        {
            if (Glob.TryCompile(patterns[i] ?? string.Empty, out var glob, out var problem))
            {
                globs.Add(glob!);
            }
            else
            {
                problems.Add($"{path}[{i}]: {problem}");
            }
        }

        return globs;
    }
}
