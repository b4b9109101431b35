namespace Functions.Scf.Configuration;

/// <summary>The configuration is invalid. Each problem names its variable; the host refuses to start.</summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception from every problem found.</summary>
    /// <param name="problems">One line per problem, each starting with the variable's name.</param>
    public ConfigurationException(IReadOnlyList<string> problems)
        : base("Invalid configuration:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  " + p)))
    {
        Problems = problems;
    }

    /// <summary>Creates the exception from one problem.</summary>
    /// <param name="problem">The problem, starting with the variable's name.</param>
    public ConfigurationException(string problem) : this([problem]) { }

    /// <summary>The problems, one per line.</summary>
    public IReadOnlyList<string> Problems { get; }
}
