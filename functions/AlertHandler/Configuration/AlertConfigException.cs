namespace Functions.AlertHandler.Configuration;

/// <summary>The configuration is invalid; each problem starts with the path of what is wrong (<c>route.routes[0].matchers[1]: …</c>).</summary>
internal sealed class AlertConfigException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems, at least one.</param>
    public AlertConfigException(IReadOnlyList<string> problems)
        : base(problems.Count == 1 ? problems[0] : $"{problems.Count} problems: " + string.Join("; ", problems)) => Problems = problems;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
