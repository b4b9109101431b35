namespace Functions.DeployOrchestrator.Configuration;

/// <summary>The configuration is invalid; each problem starts with the path of what is wrong (<c>services[0].strategy.canary.steps[2].setWeight: …</c>).</summary>
internal sealed class DeployConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems, at least one.</param>
    public DeployConfigException(IReadOnlyList<string> problems)
        : base(problems.Count == 1 ? problems[0] : $"{problems.Count} problems: " + string.Join("; ", problems)) => Problems = problems;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
