namespace Functions.DeployOrchestrator.Configuration;

/// <summary>Where the configuration's text comes from: the file named by <c>DEPLOY_CONFIG_FILE</c>, or <c>DEPLOY_CONFIG</c> inline.</summary>
internal static class DeployConfigSource
{
    /// <summary>The variable naming the configuration file.</summary>
    public const string FileVariable = "DEPLOY_CONFIG_FILE";

    /// <summary>The variable holding the configuration inline.</summary>
    public const string InlineVariable = "DEPLOY_CONFIG";

    /// <summary>Reads and parses the configuration.</summary>
    /// <param name="environment">Looks a variable up; null when unset.</param>
    /// <param name="readFile">Reads a file's text (the caller's I/O).</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="DeployConfigException">Neither or both variables are set, or the configuration is invalid; messages name the variable.</exception>
    public static DeployConfig Load(Func<string, string?> environment, Func<string, string> readFile)
    {
        var file = environment(FileVariable);
        var inline = environment(InlineVariable);
        if (string.IsNullOrWhiteSpace(file) == string.IsNullOrWhiteSpace(inline))
        {
            throw new DeployConfigException([$"set exactly one of {FileVariable} (a path) or {InlineVariable} (the JSON itself)"]);
        }

        if (string.IsNullOrWhiteSpace(file))
        {
            return WithSource(InlineVariable, () => DeployConfigParser.Parse(inline!));
        }

        string text;
        try
        {
            text = readFile(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DeployConfigException([$"{FileVariable}: cannot read '{file}': {e.Message}"]);
        }

        return WithSource($"{FileVariable} ({file})", () => DeployConfigParser.Parse(text));
    }

    private static DeployConfig WithSource(string source, Func<DeployConfig> parse)
    {
        try
        {
            return parse();
        }
        catch (DeployConfigException e)
        {
            throw new DeployConfigException(e.Problems.Select(p => $"{source}: {p}").ToList());
        }
    }
}
