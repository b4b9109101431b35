using System.Text.Json;
using Functions.AlertHandler.Configuration.Documents;

namespace Functions.AlertHandler.Configuration;

/// <summary>
/// Reads the configuration file's text into a validated <see cref="AlertConfig"/>. The caller reads the file (its path is
/// in <c>ALERT_CONFIG_FILE</c>); every problem found is reported at once, each naming its path.
/// </summary>
internal static class AlertConfigParser
{
    /// <summary>Parses and validates a configuration.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="AlertConfigException">The JSON is malformed, has unknown keys or does not validate.</exception>
    public static AlertConfig Parse(string json)
    {
        AlertConfigDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, AlertConfigJsonContext.Default.AlertConfigDocument);
        }
        catch (JsonException e)
        {
            throw new AlertConfigException([JsonProblem(e)]);
        }

        return Map(document);
    }

    /// <summary>Parses and validates a configuration from a stream.</summary>
    /// <param name="utf8Json">The file's content, UTF-8.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="AlertConfigException">The JSON is malformed, has unknown keys or does not validate.</exception>
    public static AlertConfig Parse(Stream utf8Json)
    {
        AlertConfigDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(utf8Json, AlertConfigJsonContext.Default.AlertConfigDocument);
        }
        catch (JsonException e)
        {
            throw new AlertConfigException([JsonProblem(e)]);
        }

        return Map(document);
    }

    /// <summary>Validates a document already read.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="AlertConfigException">It does not validate.</exception>
    public static AlertConfig Map(AlertConfigDocument? document)
    {
        if (document is null)
        {
            throw new AlertConfigException(["the configuration is empty (null)"]);
        }

        var problems = new List<string>();
        var receivers = ReceiverMapper.Map(document.Receivers, problems);
        var dryRun = document.Actions?.DryRun ?? false;
        var names = receivers.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var route = RouteMapper.MapRoot(document.Route, names, dryRun, problems);
        var rules = InhibitRuleMapper.Map(document.InhibitRules, problems);
        return problems.Count > 0 ? throw new AlertConfigException(problems) : new AlertConfig(route!, receivers, rules, dryRun);
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
            return $"{path}: a value of the wrong type (a string, number, true/false, list or object where another is expected){line}";
        }

        return $"{path}: malformed JSON: {e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0]}{line}";
    }
}
