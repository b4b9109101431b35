using System.Text.Json;
using Functions.DeployOrchestrator.Configuration.Documents;

namespace Functions.DeployOrchestrator.Configuration;

/// <summary>
/// Reads the configuration's text into a validated <see cref="DeployConfig"/>. The caller reads it (the file named by
/// <c>DEPLOY_CONFIG_FILE</c>, or <c>DEPLOY_CONFIG</c> inline; see <see cref="DeployConfigSource"/>); every problem is
/// reported at once, each naming its path.
/// </summary>
internal static class DeployConfigParser
{
    /// <summary>Parses and validates a configuration.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="DeployConfigException">The JSON is malformed, has unknown keys or does not validate.</exception>
    public static DeployConfig Parse(string json)
    {
        DeployConfigDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, DeployConfigJsonContext.Default.DeployConfigDocument);
        }
        catch (JsonException e)
        {
            throw new DeployConfigException([JsonProblem(e)]);
        }

        return Map(document);
    }

    /// <summary>Validates a document already read.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="DeployConfigException">It does not validate.</exception>
    public static DeployConfig Map(DeployConfigDocument? document)
    {
        if (document is null)
        {
            throw new DeployConfigException(["the configuration is empty (null)"]);
        }

        var problems = new List<string>();
        var services = ServiceMapper.Map(document.Services, problems);
        var receivers = NotifyMapper.Map(document.Notify, problems);
        return problems.Count > 0 ? throw new DeployConfigException(problems) : new DeployConfig(services, receivers);
    }

    private static string JsonProblem(JsonException e)
    {
        var path = e.Path is null or "$" ? "(document)" : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
        var line = e.LineNumber is { } n ? $" (line {n + 1})" : string.Empty;
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return $"{path}: unknown key{line}";
        }

        if (e.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return $"{path}: duplicate key{line}";
        }

        if (e.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            // The runtime's message names .NET types, which mean nothing to whoever edits the file.
            return $"{path}: a value of the wrong type (a string, number, list or object where another is expected){line}";
        }

        return $"{path}: malformed JSON: {e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0]}{line}";
    }
}
