using System.Text.Json;

namespace Functions.Scf.Configuration;

/// <summary>
/// Turns the JSON reader's error on a configuration file into a line for whoever edits the file: the path and line of
/// the problem, and what kind of problem, without the .NET type names the runtime's message carries.
/// </summary>
public static class JsonConfigProblem
{
    /// <summary>Describes a configuration file's JSON error.</summary>
    /// <param name="e">The error.</param>
    /// <returns>e.g. <c>route.group_wiat: unknown key (line 3)</c>.</returns>
    public static string Describe(JsonException e)
    {
        ArgumentNullException.ThrowIfNull(e);
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
            return $"{path}: a value of the wrong type (a string, number, true/false, list or object where another is expected){line}";
        }

        return $"{path}: malformed JSON: {e.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0]}{line}";
    }
}
