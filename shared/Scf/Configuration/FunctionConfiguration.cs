using System.Collections;
using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Functions.Scf.Configuration;

/// <summary>
/// Builds a function's configuration: the optional JSON file named by <c>OPS_CONFIG_FILE</c>, overridden by
/// environment variables (SCF allows only 4 KB of those, so structured settings live in the file).
/// </summary>
public static class FunctionConfiguration
{
    /// <summary>The variable that names the config file.</summary>
    public const string ConfigFileVariable = "OPS_CONFIG_FILE";

    /// <summary>Reads the process environment.</summary>
    /// <returns>A snapshot of the environment variables.</returns>
    public static Dictionary<string, string?> ProcessEnvironment()
    {
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value;
        }

        return variables;
    }

    /// <summary>Builds the configuration from the given environment.</summary>
    /// <param name="environment">The environment variables.</param>
    /// <returns>The configuration.</returns>
    /// <exception cref="ConfigurationException">The config file is missing or not valid JSON.</exception>
    public static IConfigurationRoot Build(IReadOnlyDictionary<string, string?> environment)
    {
        var builder = new ConfigurationBuilder();
        if (environment.TryGetValue(ConfigFileVariable, out var path) && !string.IsNullOrWhiteSpace(path))
        {
            builder.AddJsonStream(ReadConfigFile(path));
        }

        builder.AddInMemoryCollection(environment);
        return builder.Build();
    }

    private static MemoryStream ReadConfigFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{ConfigFileVariable} names '{path}', which cannot be read: {e.Message}");
        }

        try
        {
            // Validate first: the JSON provider's own error does not say which file or variable is at fault.
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigurationException($"{ConfigFileVariable} names '{path}', whose top level must be a JSON object.");
            }
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{ConfigFileVariable} names '{path}', which is not valid JSON: {e.Message}");
        }

        return new MemoryStream(bytes, writable: false);
    }
}
