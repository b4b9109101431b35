using System.Text.Json;
using Functions.Scf.Configuration;
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
            throw new AlertConfigException([JsonConfigProblem.Describe(e)]);
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
            throw new AlertConfigException([JsonConfigProblem.Describe(e)]);
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
}
