using System.Text.Json;
using Functions.Scf.Configuration;
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
            throw new DeployConfigException([JsonConfigProblem.Describe(e)]);
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
}
