using Functions.DeployOrchestrator.Domain;

namespace Functions.DeployOrchestrator.Configuration;

/// <summary>A validated service: which pushes deploy it, and the steps a run of it follows.</summary>
/// <param name="Name">The CloudBase Run service.</param>
/// <param name="Repositories">Repository globs (<c>namespace/repo</c>), compiled.</param>
/// <param name="Tags">Tag globs, compiled.</param>
/// <param name="ProgressDeadline">How long a new version may take to become ready (default 10m); exceeded, the run rolls back.</param>
/// <param name="HealthChecks">The health checks by name (each <see cref="HealthCheck.Name"/> is its key).</param>
/// <param name="Analyses">The analyses by name.</param>
/// <param name="Strategy">Canary or blue-green.</param>
/// <param name="Steps">The strategy compiled to steps, what a new run gets.</param>
/// <param name="StepHash">Their hash, pinned by a new run.</param>
internal sealed record ServiceConfig(
    string Name,
    IReadOnlyList<Glob> Repositories,
    IReadOnlyList<Glob> Tags,
    TimeSpan ProgressDeadline,
    IReadOnlyDictionary<string, HealthCheck> HealthChecks,
    IReadOnlyDictionary<string, AnalysisTemplate> Analyses,
    StrategyKind Strategy,
    IReadOnlyList<RunStep> Steps,
    string StepHash)
{
    /// <summary>Whether a push of <paramref name="repository"/> is one of this service's repositories.</summary>
    /// <param name="repository">The repository's full name (<c>namespace/repo</c>).</param>
    /// <returns>True when a repository glob matches.</returns>
    public bool DeploysRepository(string repository) => Repositories.Any(g => g.IsMatch(repository));

    /// <summary>Whether <paramref name="tag"/> is one this service deploys.</summary>
    /// <param name="tag">The pushed tag.</param>
    /// <returns>True when a tag glob matches.</returns>
    public bool DeploysTag(string tag) => Tags.Any(g => g.IsMatch(tag));
}
